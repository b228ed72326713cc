package cn.bjrenovation.housing.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Iterator;

/**
 * The hash chain that makes the audit trail tamper-evident: each link's hash covers the previous link's hash
 * and all of its own fields, so an edited link no longer matches its hash and a deleted or reordered one
 * breaks the next link's previous-hash. (Cutting off the newest links is not visible from inside the chain;
 * the head hash, {@link Verification#headHash()}, is what to keep elsewhere to catch that.)
 */
public final class AuditChain {

	public static final String GENESIS = "0".repeat(64);

	private static final char SEPARATOR = '\u001f';

	private AuditChain() {
	}

	/** Links an act to the chain after {@code previousHash}; times are kept to the microsecond, as stored. */
	public static AuditEntry link(AuditEntry act, String previousHash) {
		AuditEntry unhashed = new AuditEntry(act.position(), act.recordId(), act.at().truncatedTo(ChronoUnit.MICROS),
				act.source(), act.kind(), act.subject(), act.role(), act.scope(), act.operation(), act.target(),
				act.outcome(), act.trace(), previousHash, null);
		return new AuditEntry(unhashed.position(), unhashed.recordId(), unhashed.at(), unhashed.source(),
				unhashed.kind(), unhashed.subject(), unhashed.role(), unhashed.scope(), unhashed.operation(),
				unhashed.target(), unhashed.outcome(), unhashed.trace(), previousHash, hashOf(unhashed));
	}

	/** Walks the chain in position order and names the first link that does not hold. */
	public static Verification verify(Iterator<AuditEntry> links) {
		String previous = GENESIS;
		long checked = 0;
		while (links.hasNext()) {
			AuditEntry link = links.next();
			if (!previous.equals(link.previousHash())) {
				return Verification.broken(checked, link.position(),
						"its previous-hash does not match the link before it: a link was removed or reordered");
			}
			if (!hashOf(link).equals(link.hash())) {
				return Verification.broken(checked, link.position(), "its content does not match its hash: it was edited");
			}
			previous = link.hash();
			checked++;
		}
		return Verification.intact(checked, previous);
	}

	private static String hashOf(AuditEntry link) {
		String canonical = String.join(String.valueOf(SEPARATOR), link.previousHash(), link.recordId(),
				link.at().truncatedTo(ChronoUnit.MICROS).toString(), link.source(), link.kind(), link.subject(),
				link.role(), link.scope(), link.operation(), link.target(), link.outcome())
				// links recorded before traces were kept hash as they always did
				+ (link.trace() == null ? "" : SEPARATOR + "trace=" + link.trace());
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
