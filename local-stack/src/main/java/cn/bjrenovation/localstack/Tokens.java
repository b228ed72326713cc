package cn.bjrenovation.localstack;

/**
 * Who acts in a demo or an end-to-end walk: a signed token of the dev issuer for a role and its scope claims, e.g.
 * {@code token("DISTRICT", "district", "110105")}.
 */
@FunctionalInterface
public interface Tokens {

	String token(String role, String... scopeClaims);

}
