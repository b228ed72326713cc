package cn.bjrenovation.housing.ledger.application;

import java.time.LocalDate;

import cn.bjrenovation.housing.community.domain.BuildingId;

/**
 * An appraisal as entered: JGJ 125 grade, the plan (一楼一策) and how far it has come, the appraisal date, a note.
 * Categories are text (English constant or Chinese label); the rules are the domain's ({@code Appraisal.check}).
 */
public record AppraiseBuildingCommand(BuildingId buildingId, String grade, String plan, String planStatus,
		LocalDate appraisedOn, String note) {
}
