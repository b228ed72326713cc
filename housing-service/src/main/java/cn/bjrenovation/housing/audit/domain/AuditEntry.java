package cn.bjrenovation.housing.audit.domain;

import java.time.Instant;

/**
 * One link of the audit trail (审计留痕): an act — a call through the gateway or a state change in a service —
 * and the hashes that chain it to the link before it.
 *
 * @param position place in the chain, from 1; 0 until appended
 * @param recordId the id of the event that carried the act, so a redelivery is never appended twice
 * @param trace the W3C trace id (32 hex digits) of the call the act belongs to — the gateway's record of a call
 *        and the services' records of what it changed share it — or null for acts recorded without one
 * @param previousHash the hash of the link before ({@link AuditChain#GENESIS} for the first)
 * @param hash SHA-256 over the previous hash and every field of this link
 */
public record AuditEntry(long position, String recordId, Instant at, String source, String kind, String subject,
		String role, String scope, String operation, String target, String outcome, String trace,
		String previousHash, String hash) {
}
