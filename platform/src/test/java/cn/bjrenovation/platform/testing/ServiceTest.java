package cn.bjrenovation.platform.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * A whole service on real infrastructure: its HTTP server on a random port, its gRPC server on a real
 * socket, PostgreSQL, a Kafka broker and the dev issuer (see {@link TestInfrastructure}); its endpoints
 * must all be in the duty policy (see {@link PolicyCoverage}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = RealInfrastructureInitializer.class)
@Import({ LocalGrpc.class, LocalHttp.class, PolicyCoverage.class })
public @interface ServiceTest {

}
