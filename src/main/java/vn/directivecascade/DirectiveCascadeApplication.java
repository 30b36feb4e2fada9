package vn.directivecascade;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class DirectiveCascadeApplication {

  public static void main(String[] args) {
    SpringApplication.run(DirectiveCascadeApplication.class, args);
  }
}
