package cn.bjrenovation.pipeline.coordination.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * DRC's record that the renovated networks passed to their operators (产权移交, A2 发改委).
 *
 * @param acceptanceReference the joint acceptance (联合验收) the handover follows, as recorded by DRC
 * @param note may be empty
 * @param recordedBy token subject of DRC's official
 */
public record Handover(String acceptanceReference, LocalDate handedOverOn, String note, String recordedBy) {

	public Handover {
		Objects.requireNonNull(acceptanceReference, "acceptanceReference");
		Objects.requireNonNull(handedOverOn, "handedOverOn");
		Objects.requireNonNull(recordedBy, "recordedBy");
		note = note == null ? "" : note;
	}

}
