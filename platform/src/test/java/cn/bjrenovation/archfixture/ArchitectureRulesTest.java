package cn.bjrenovation.archfixture;

import cn.bjrenovation.platform.testing.ArchitectureRules;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each architecture rule fails on a small fixture broken on purpose, naming the offending dependency, and passes on a
 * clean one: a rule that cannot fail guards nothing.
 */
class ArchitectureRulesTest {

	private static final String FIXTURES = "cn.bjrenovation.archfixture.";

	@Test
	void cleanFeaturesPassEveryServiceRule() {
		String clean = FIXTURES + "clean";
		JavaClasses classes = fixture("clean");
		assertThatCode(() -> {
			ArchitectureRules.domainIsPlainJava(clean).check(classes);
			ArchitectureRules.adaptersDependInward(clean).check(classes);
			ArchitectureRules.featuresMeetOnlyInsideTheirCore(clean).check(classes);
		}).doesNotThrowAnyException();
	}

	@Test
	void springInDomainCodeFails() {
		failsNaming(ArchitectureRules.domainIsPlainJava(FIXTURES + "springdomain"), "springdomain",
				"org.springframework.stereotype.Component");
	}

	@Test
	void aGeneratedContractInDomainCodeFails() {
		failsNaming(ArchitectureRules.domainIsPlainJava(FIXTURES + "contractdomain"), "contractdomain",
				"cn.bjrenovation.housing.v1.Community");
	}

	@Test
	void aUseCaseDependingOnItsAdapterFails() {
		failsNaming(ArchitectureRules.adaptersDependInward(FIXTURES + "outward"), "outward", "ThingController");
	}

	@Test
	void oneFeaturesAdapterReachingIntoAnothersFails() {
		failsNaming(ArchitectureRules.featuresMeetOnlyInsideTheirCore(FIXTURES + "crossing"), "crossing",
				"CommunityRows");
	}

	@Test
	void plumbingThatKnowsAServiceContractFails() {
		failsNaming(ArchitectureRules.noServiceContracts(FIXTURES + "platformleak"), "platformleak",
				"cn.bjrenovation.housing.v1.CommunityRegistered");
	}

	@Test
	void aPackageCycleFails() {
		failsNaming(ArchitectureRules.freeOfPackageCycles(FIXTURES + "cycle"), "cycle", "Cycle detected");
	}

	@Test
	void aFrameworkInTheCoreFails() {
		failsNaming(ArchitectureRules.frameworkFree(FIXTURES + "springcore"), "springcore",
				"org.springframework.core.io.Resource");
	}

	@Test
	void theGatewayUsingServletPlumbingFails() {
		failsNaming(ArchitectureRules.gatewayUsesTheCoreOnly(FIXTURES + "servletgateway"), "servletgateway",
				"cn.bjrenovation.platform.web.ProblemsAdvice");
	}

	private static void failsNaming(ArchRule rule, String fixture, String offender) {
		JavaClasses classes = fixture(fixture);
		assertThatThrownBy(() -> rule.check(classes)).isInstanceOf(AssertionError.class).hasMessageContaining(offender);
	}

	private static JavaClasses fixture(String name) {
		return new ClassFileImporter().importPackages(FIXTURES + name);
	}

}
