package id.aduan;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class AduanApplication {

    public static void main(String[] args) {
        SpringApplication.run(AduanApplication.class, args);
    }
}
