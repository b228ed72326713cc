package cn.bjrenovation.pipeline.utility.domain;

import java.util.Arrays;
import java.util.Optional;

import cn.bjrenovation.platform.validation.Labelled;

/**
 * A utility network a pipeline item touches (DOMAIN §6), each run by its professional operators (专业管线经营单位). An
 * OPERATOR token carries one as its {@code utility} claim, in lower case ({@link #token()}: {@code water},
 * {@code overhead_lines}); the duty policy holds the operator to it.
 */
public enum Utility implements Labelled {

	WATER("供水"), DRAINAGE("排水"), POWER("供电"), GAS("供气"), HEATING("供热"), TELECOM("通信"), FIBRE("光纤入户"),
	/** 架空线规整（入地）: overhead lines tidied or put underground. */
	OVERHEAD_LINES("架空线入地");

	private final String label;

	Utility(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}

	/** The value of an OPERATOR token's {@code utility} claim and of the duty policy's utility scope. */
	public String token() {
		return name().toLowerCase();
	}

	/** The utility a token or a path names, by its claim value or its constant, in any case. */
	public static Optional<Utility> fromToken(String text) {
		return Arrays.stream(values()).filter(utility -> utility.name().equalsIgnoreCase(text)).findFirst();
	}

}
