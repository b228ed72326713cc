package cn.bjrenovation.pipeline.coordination.web;

import java.time.LocalDate;
import java.util.List;

import cn.bjrenovation.pipeline.coordination.domain.Participant;
import cn.bjrenovation.pipeline.coordination.domain.ProtectionException;
import cn.bjrenovation.pipeline.coordination.domain.TrenchWindow;

/** A trench window as REST answers it; dates are ISO days, both ends included. */
record WindowResponse(String windowId, String segmentCode, String segmentName, String streetCode, LocalDate startDate,
		LocalDate endDate, String status, String roadWork, List<ParticipantResponse> participants,
		LocalDate completedOn, LocalDate protectedUntil, ProtectionException protectionException, String openedFor) {

	record ParticipantResponse(String projectId, String utility, String utilityName, String role, String stage,
			LocalDate stageOn) {

		static ParticipantResponse of(Participant participant) {
			return new ParticipantResponse(participant.projectId().toString(), participant.utility().name(),
					participant.utility().label(), participant.role().name(), participant.stage().name(),
					participant.stageOn());
		}

	}

	static WindowResponse of(TrenchWindow window) {
		return new WindowResponse(window.id().toString(), window.segment().value(), window.segmentName(),
				window.street().value(), window.start(), window.end(), window.status().name(), window.roadWork().name(),
				window.participants().stream().map(ParticipantResponse::of).toList(), window.completedOn(),
				window.protectedUntil(), window.exception(), window.openedFor().toString());
	}

}
