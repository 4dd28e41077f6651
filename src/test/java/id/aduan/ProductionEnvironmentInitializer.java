package id.aduan;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Gives an application context the settings of a production run ({@link ProductionEnvironment}), with an SMTP
 * server of its own that tests may autowire to read what Aduan sent, and stops that server after the context.
 */
class ProductionEnvironmentInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var environment = ProductionEnvironment.start();
        TestPropertyValues.of(environment.springProperties()).applyTo(context);
        var beans = (DefaultListableBeanFactory) context.getBeanFactory();
        beans.registerSingleton("productionEnvironment", environment);
        // Registered before any bean exists, so it is stopped last, after the job executor.
        beans.registerDisposableBean("productionEnvironment", environment::close);
    }
}
