package cn.bjrenovation.housing.construction.web;

import java.time.Instant;
import java.util.List;

import cn.bjrenovation.housing.construction.application.GateReading;
import cn.bjrenovation.housing.construction.domain.ConstructionGate;

/**
 * A project's construction gate: its status, whether the gate is open, each condition (met, required, since when)
 * and the required ones still missing.
 */
record GateResponse(String projectId, String status, boolean open, List<ConditionResponse> conditions,
		List<String> missing) {

	record ConditionResponse(String condition, boolean met, boolean required, Instant since) {

		static ConditionResponse of(ConstructionGate.Condition condition) {
			return new ConditionResponse(condition.condition().name(), condition.met(), condition.required(),
					condition.since());
		}

	}

	static GateResponse of(GateReading reading) {
		ConstructionGate gate = reading.gate();
		return new GateResponse(reading.project().id().toString(), reading.project().status().name(), gate.open(),
				gate.conditions().stream().map(ConditionResponse::of).toList(),
				gate.missing().stream().map(Enum::name).toList());
	}

}
