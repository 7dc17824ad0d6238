package org.parity;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Parity: equality action plans (WRES, WDES, Gender Pay Gap) as tracked, reviewed processes. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ParityApplication {

    public static void main(String[] args) {
        SpringApplication.run(ParityApplication.class, args);
    }
}
