package com.marginportal;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;
import org.springframework.jdbc.support.SQLExceptionTranslator;
import org.springframework.orm.jpa.vendor.HibernateJpaVendorAdapter;
import org.springframework.util.function.SingletonSupplier;

/**
 * JPA repositories report database errors as the JdbcClient stores do: a taken unique key is a
 * {@link org.springframework.dao.DuplicateKeyException} (which callers catch, e.g. "a plan of that name exists"),
 * not Hibernate's plain DataIntegrityViolationException. Same translator as JdbcTemplate's (MariaDB error codes).
 */
@Configuration(proxyBeanMethods = false)
class JpaExceptionTranslation {

    @Bean
    static BeanPostProcessor jdbcTranslationForJpa(ObjectProvider<DataSource> dataSource) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof HibernateJpaVendorAdapter adapter) {
                    SingletonSupplier<SQLExceptionTranslator> jdbc =
                            SingletonSupplier.of(() -> new SQLErrorCodeSQLExceptionTranslator(dataSource.getObject()));
                    adapter.getJpaDialect().setJdbcExceptionTranslator(
                            (task, sql, ex) -> jdbc.obtain().translate(task, sql, ex));
                }
                return bean;
            }
        };
    }
}
