package cn.bjrenovation.platform.testing;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The layering every service keeps: domain code free of Spring, Kafka and gRPC; adapters never called by the
 * domain or the application layer. Each rule first checks that the packages it speaks of exist, so a rule
 * can never pass by matching nothing.
 */
public final class ArchitectureRules {

	private ArchitectureRules() {
	}

	public static void check(String servicePackage) {
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages(servicePackage);
		assertThat(classes.stream().filter(c -> c.getPackageName().contains(".domain")))
			.as("domain packages under " + servicePackage)
			.isNotEmpty();

		noClasses().that()
			.resideInAPackage(servicePackage + "..domain..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "org.apache.kafka..", "io.grpc..", "jakarta.persistence..")
			.because("domain code is plain Java: rules and facts, no frameworks")
			.check(classes);

		noClasses().that()
			.resideInAnyPackage(servicePackage + "..domain..", servicePackage + "..application..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(servicePackage + "..web..", servicePackage + "..grpc..", servicePackage + "..persistence..",
					servicePackage + "..messaging..")
			.because("adapters depend on the use cases, never the other way round")
			.allowEmptyShould(true)
			.check(classes);
	}

}
