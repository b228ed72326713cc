package cn.bjrenovation.gateway;

import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;

/**
 * Spring Security's strict firewall with its header rules checked character by character instead of by regular
 * expression on every header of every call: names and values must be assigned, non-control characters, as the
 * default patterns require (a value may also hold tabs).
 */
final class HeaderFirewall {

	private HeaderFirewall() {
	}

	static StrictServerWebExchangeFirewall strict() {
		StrictServerWebExchangeFirewall firewall = new StrictServerWebExchangeFirewall();
		firewall.setAllowedHeaderNames(name -> assignedAndNotControl(name, false));
		firewall.setAllowedHeaderValues(value -> assignedAndNotControl(value, true));
		return firewall;
	}

	/** An absent value (a header asked for but not sent) passes, as with the default rules. */
	static boolean assignedAndNotControl(String text, boolean tabAllowed) {
		if (text == null) {
			return true;
		}
		for (int i = 0; i < text.length(); i++) {
			int c = text.codePointAt(i);
			if (!Character.isDefined(c) || (Character.isISOControl(c) && !(tabAllowed && c == '\t'))) {
				return false;
			}
			if (Character.isSupplementaryCodePoint(c)) {
				i++;
			}
		}
		return true;
	}

}
