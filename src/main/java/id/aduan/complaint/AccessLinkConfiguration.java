package id.aduan.complaint;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The thread on which {@link AccessLinkRequests} compares addresses, after the answer has gone. Its own, since Spring
 * Boot's task executor is not there beside the process engine's job executor.
 */
@Configuration(proxyBeanMethods = false)
class AccessLinkConfiguration {

    static final String EXECUTOR = "accessLinkExecutor";

    /** Requests waiting for their turn; beyond this the rate limits have failed, and further ones are dropped. */
    private static final int WAITING_MAX = 1000;

    @Bean(EXECUTOR)
    ThreadPoolTaskExecutor accessLinkExecutor() {
        var executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        executor.setQueueCapacity(WAITING_MAX);
        executor.setThreadNamePrefix("access-link-");
        return executor;
    }
}
