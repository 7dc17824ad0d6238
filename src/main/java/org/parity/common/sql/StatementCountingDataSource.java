package org.parity.common.sql;

import java.util.List;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.listener.logging.SLF4JLogLevel;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With {@code parity.diagnostics.sql-count=true} the application's DataSource is wrapped so that every
 * statement executed is counted for its thread ({@link SqlStatements}), and pages record their cost
 * per route ({@link RouteStatementFilter}). Off by default: the embedded default and production run
 * on the plain DataSource.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "parity.diagnostics.sql-count", havingValue = "true")
class StatementCountingDataSource {

    @Bean
    static BeanPostProcessor countingDataSourcePostProcessor() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource ds && "dataSource".equals(beanName)) {
                    return ProxyDataSourceBuilder.create(ds)
                            .name("parity")
                            .listener(new Counter())
                            // each statement's text at DEBUG under parity.sql, to see what a page runs
                            .logQueryBySlf4j(SLF4JLogLevel.DEBUG, "parity.sql")
                            .build();
                }
                return bean;
            }
        };
    }

    @Bean
    RouteStatementFilter routeStatementFilter() {
        return new RouteStatementFilter();
    }

    /** One count per statement; a JDBC batch counts once per execution, as the database sees it. */
    static final class Counter implements QueryExecutionListener {

        @Override
        public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
            SqlStatements.increment();
        }

        @Override
        public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {}
    }
}
