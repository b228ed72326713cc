package cn.bjrenovation.housing.audit.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditChainTest {

	@Test
	void anUntouchedChainIsIntactAndNamesItsHead() {
		List<AuditEntry> chain = chainOf(3);

		Verification verification = AuditChain.verify(chain.iterator());

		assertThat(verification.intact()).isTrue();
		assertThat(verification.checked()).isEqualTo(3);
		assertThat(verification.headHash()).isEqualTo(chain.get(2).hash());
	}

	@Test
	void anEditedLinkIsNamed() {
		List<AuditEntry> chain = chainOf(3);
		AuditEntry original = chain.get(1);
		chain.set(1, new AuditEntry(original.position(), original.recordId(), original.at(), original.source(),
				original.kind(), original.subject(), "HOUSING", original.scope(), original.operation(),
				original.target(), original.outcome(), original.trace(), original.previousHash(), original.hash()));

		Verification verification = AuditChain.verify(chain.iterator());

		assertThat(verification.intact()).isFalse();
		assertThat(verification.firstBroken()).isEqualTo(2);
		assertThat(verification.reason()).contains("edited");
	}

	@Test
	void aRemovedLinkBreaksTheLinkAfterIt() {
		List<AuditEntry> chain = chainOf(4);
		chain.remove(1);

		Verification verification = AuditChain.verify(chain.iterator());

		assertThat(verification.firstBroken()).isEqualTo(3);
		assertThat(verification.reason()).contains("removed");
	}

	@Test
	void aLinkCannotBeReHashedWithoutBreakingTheNext() {
		List<AuditEntry> chain = chainOf(3);
		AuditEntry forged = AuditChain.link(new AuditEntry(2, "r-2", Instant.parse("2026-11-25T10:00:00Z"), "gateway",
				"call", "someone-else", "FINANCE", "", "housing.community.register", "/api/housing/communities",
				"allowed 201", null, null, null), chain.get(0).hash());
		chain.set(1, forged);

		assertThat(AuditChain.verify(chain.iterator()).firstBroken()).isEqualTo(3);
	}

	@Test
	void aLinkWithoutATraceHashesAsLinksDidBeforeTracesWereKept() {
		// SHA-256 over the fields joined by U+001F, as every link appended before V7 was hashed
		assertThat(chainOf(1).get(0).hash()).isEqualTo("f7333299bfdc361457a3cb991200e0f023da4ee691b3f4b778ab7dee3c7c2241");
	}

	@Test
	void theTraceIsCoveredByTheHash() {
		AuditEntry traced = AuditChain.link(new AuditEntry(1, "r-1", Instant.parse("2026-11-25T10:00:00Z"), "gateway",
				"call", "dev-housing", "HOUSING", "", "housing.community.register", "/api/housing/communities",
				"allowed 201", "4bf92f3577b34da6a3ce929d0e0e4736", null, null), AuditChain.GENESIS);
		AuditEntry moved = new AuditEntry(traced.position(), traced.recordId(), traced.at(), traced.source(),
				traced.kind(), traced.subject(), traced.role(), traced.scope(), traced.operation(), traced.target(),
				traced.outcome(), "00000000000000000000000000000001", traced.previousHash(), traced.hash());

		assertThat(AuditChain.verify(List.of(traced).iterator()).intact()).isTrue();
		assertThat(AuditChain.verify(List.of(moved).iterator()).reason()).contains("edited");
	}

	private static List<AuditEntry> chainOf(int links) {
		List<AuditEntry> chain = new ArrayList<>();
		String previous = AuditChain.GENESIS;
		for (int position = 1; position <= links; position++) {
			AuditEntry link = AuditChain.link(new AuditEntry(position, "r-" + position,
					Instant.parse("2026-11-25T10:00:00.123456789Z").plusSeconds(position), "gateway", "call",
					"dev-finance", "FINANCE", "", "housing.community.register", "/api/housing/communities",
					"refused 403", null, null, null), previous);
			chain.add(link);
			previous = link.hash();
		}
		return chain;
	}

}
