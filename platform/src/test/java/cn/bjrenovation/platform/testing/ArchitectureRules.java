package cn.bjrenovation.platform.testing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The structure every module keeps, as ArchUnit rules. Services: domain code is plain Java (no Spring, Kafka, gRPC,
 * protobuf or generated contracts); adapters depend on use cases, never the reverse; one feature's adapters never
 * reach into another feature's adapters. Platform: plumbing only (no service contract), no package cycles, and its
 * core free of any framework. Gateway: reactive, on the platform's core only. Each check first asserts that the
 * packages it speaks of exist, so a rule can never pass by matching nothing; {@code ArchitectureRulesTest} shows
 * each rule failing on a deliberately broken fixture.
 */
public final class ArchitectureRules {

	/** Generated service contracts: {@code cn.bjrenovation.<service>.v1}; {@code common.v1} is the envelope. */
	private static final String[] SERVICE_CONTRACTS = { "cn.bjrenovation.housing.v1..", "cn.bjrenovation.finance.v1..",
			"cn.bjrenovation.planning.v1..", "cn.bjrenovation.pipeline.v1.." };

	private static final String ADAPTERS = "(web|grpc|persistence|messaging)";

	private ArchitectureRules() {
	}

	/** Every rule a department service keeps, over its production classes under {@code servicePackage}. */
	public static void check(String servicePackage) {
		JavaClasses classes = production(servicePackage);
		assertThat(classes.stream().filter(c -> c.getPackageName().contains(".domain")))
			.as("domain packages under " + servicePackage)
			.isNotEmpty();
		domainIsPlainJava(servicePackage).check(classes);
		adaptersDependInward(servicePackage).check(classes);
		featuresMeetOnlyInsideTheirCore(servicePackage).check(classes);
	}

	/** The platform's rules, over {@code platformPackage} (the platform and its core). */
	public static void checkPlatform(String platformPackage) {
		JavaClasses classes = production(platformPackage);
		assertThat(classes).as("classes under " + platformPackage).isNotEmpty();
		noServiceContracts(platformPackage).check(classes);
		freeOfPackageCycles(platformPackage).check(classes);
	}

	/** The platform's core: no framework at all, so the reactive gateway can use it as it is. */
	public static void checkCore(String corePackage) {
		JavaClasses classes = production(corePackage);
		assertThat(classes).as("classes under " + corePackage).isNotEmpty();
		frameworkFree(corePackage).check(classes);
	}

	/** The gateway: reactive, on the platform's core only, knowing no service's contract. */
	public static void checkGateway(String gatewayPackage) {
		JavaClasses classes = production(gatewayPackage);
		assertThat(classes).as("classes under " + gatewayPackage).isNotEmpty();
		gatewayUsesTheCoreOnly(gatewayPackage).check(classes);
		noServiceContracts(gatewayPackage).check(classes);
	}

	static JavaClasses production(String rootPackage) {
		return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages(rootPackage);
	}

	public static ArchRule domainIsPlainJava(String servicePackage) {
		return noClasses().that()
			.resideInAPackage(servicePackage + "..domain..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(concat(new String[] { "org.springframework..", "org.apache.kafka..", "io.grpc..",
					"jakarta.persistence..", "com.google.protobuf..", "cn.bjrenovation.common.v1.." }, SERVICE_CONTRACTS))
			.because("domain code is plain Java: rules and facts, no frameworks and no wire formats");
	}

	public static ArchRule adaptersDependInward(String servicePackage) {
		return noClasses().that()
			.resideInAnyPackage(servicePackage + "..domain..", servicePackage + "..application..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(servicePackage + "..web..", servicePackage + "..grpc..", servicePackage + "..persistence..",
					servicePackage + "..messaging..")
			.because("adapters depend on the use cases, never the other way round")
			.allowEmptyShould(true);
	}

	/**
	 * A feature may use another feature's domain and use cases, never its adapters: {@code ledger.web} reaching into
	 * {@code community.persistence} couples two features through a technology. What several features of one service
	 * share for one technology lives in {@code <service>.<adapter>} itself (e.g. the housing schema's row mappings in
	 * {@code housing.persistence}), and what every service shares in the platform.
	 */
	public static ArchRule featuresMeetOnlyInsideTheirCore(String servicePackage) {
		Pattern adapter = Pattern.compile(Pattern.quote(servicePackage) + "\\.(\\w+)\\." + ADAPTERS + "(\\..*)?");
		return classes().that()
			.resideInAPackage(servicePackage + "..")
			.should(new ArchCondition<>("not reach into another feature's adapters") {
				@Override
				public void check(JavaClass origin, ConditionEvents events) {
					String ownFeature = feature(adapter, origin.getPackageName());
					for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
						String targetFeature = feature(adapter, dependency.getTargetClass().getPackageName());
						if (targetFeature != null && !targetFeature.equals(ownFeature)) {
							events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
						}
					}
				}
			})
			.because("features meet through their domain and use cases, not through each other's adapters")
			.allowEmptyShould(true);
	}

	private static String feature(Pattern adapter, String packageName) {
		Matcher matcher = adapter.matcher(packageName);
		return matcher.matches() ? matcher.group(1) : null;
	}

	public static ArchRule noServiceContracts(String rootPackage) {
		return noClasses().that()
			.resideInAPackage(rootPackage + "..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(SERVICE_CONTRACTS)
			.because("shared plumbing knows no service's contract: each consumer keeps its own mapping");
	}

	public static ArchRule freeOfPackageCycles(String rootPackage) {
		return slices().matching(rootPackage + ".(*)..")
			.should()
			.beFreeOfCycles()
			.because("each package of the platform can be understood, and changed, without the ones that use it");
	}

	public static ArchRule frameworkFree(String corePackage) {
		return noClasses().that()
			.resideInAPackage(corePackage + "..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "jakarta..", "org.apache.kafka..", "io.grpc..", "reactor..")
			.because("the core is shared by the servlet services and the reactive gateway alike");
	}

	public static ArchRule gatewayUsesTheCoreOnly(String gatewayPackage) {
		return noClasses().that()
			.resideInAPackage(gatewayPackage + "..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("jakarta.servlet..", "org.springframework.web.servlet..", "cn.bjrenovation.platform.web..",
					"cn.bjrenovation.platform.grpc..", "cn.bjrenovation.platform.events..",
					"cn.bjrenovation.platform.audit..", "cn.bjrenovation.platform.security..",
					"cn.bjrenovation.platform.config..")
			.because("the gateway is reactive: it shares the platform's framework-free core, not its servlet plumbing");
	}

	private static String[] concat(String[] first, String[] second) {
		String[] all = new String[first.length + second.length];
		System.arraycopy(first, 0, all, 0, first.length);
		System.arraycopy(second, 0, all, first.length, second.length);
		return all;
	}

}
