package com.marginportal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class MarginPortalApplication {

    public static void main(String[] args) {
        SpringApplication.run(MarginPortalApplication.class, args);
    }
}
