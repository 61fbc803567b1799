package com.marginportal;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole application, so tests control time instead of sleeping. */
@Configuration(proxyBeanMethods = false)
public class TimeConfiguration {

    /** Business dates and deadlines are in the exchange's time zone. */
    public static final ZoneId MARKET_ZONE = ZoneId.of("Asia/Shanghai");

    @Bean
    Clock clock() {
        return Clock.system(MARKET_ZONE);
    }
}
