package cn.bjrenovation.planning.design.application;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.bjrenovation.planning.design.domain.DesignCase;
import cn.bjrenovation.planning.design.domain.PermitDetermination;
import cn.bjrenovation.planning.design.domain.ProjectId;
import cn.bjrenovation.planning.design.domain.ReviewComment;
import cn.bjrenovation.planning.design.domain.ReviewDecision;
import cn.bjrenovation.planning.design.domain.SchemePart;
import cn.bjrenovation.platform.problems.InvalidInputException;
import cn.bjrenovation.platform.validation.FieldCheck;

/**
 * The commission's review of the version under review: approve it (optionally determining permits other than the
 * rules suggest), or return it with all its comments.
 */
public record ReviewDesignCommand(ProjectId projectId, ReviewDecision decision, List<ReviewComment> comments,
		List<PermitChoice> permits) {

	/** One comment as entered. */
	public record CommentInput(String part, String text) {
	}

	/** One permit determination as entered. */
	public record PermitInput(String catalogueCode, String determination, String reason) {
	}

	/** One permit determination, checked. */
	public record PermitChoice(String code, PermitDetermination determination, String reason) {
	}

	public static final int MAX_REASON = 1000;

	/** @throws InvalidInputException listing every bad field */
	public static ReviewDesignCommand of(String projectId, String decision, List<CommentInput> comments,
			List<PermitInput> permits) {
		FieldCheck check = new FieldCheck();
		ProjectId id = check.parsed(() -> ProjectId.parse(projectId, "projectId"));
		ReviewDecision what = Choices.of(decision, "decision", ReviewDecision.class, true, check);
		List<CommentInput> given = comments == null ? List.of() : comments;
		check.require(what != ReviewDecision.APPROVE || given.isEmpty(), "comments",
				"an approval gives no comments; return the scheme to have them answered");
		check.require(given.size() <= DesignCase.MAX_COMMENTS, "comments", "at most " + DesignCase.MAX_COMMENTS);
		List<ReviewComment> checked = new ArrayList<>();
		for (int i = 0; i < given.size() && i < DesignCase.MAX_COMMENTS; i++) {
			CommentInput comment = given.get(i);
			if (comment == null) {
				check.present(null, "comments[" + i + "]");
				continue;
			}
			check.require(SchemePart.wellFormed(comment.part()), "comments[" + i + "].part", "'" + comment.part()
					+ "' is no part of a scheme: item:<catalogue code>, " + String.join(", ", SchemePart.WHOLE_SCHEME));
			check.plainText(comment.text(), "comments[" + i + "].text", DesignCase.MAX_COMMENT_LENGTH);
			checked.add(new ReviewComment(comment.part(), comment.text() == null ? "" : comment.text().strip()));
		}
		List<PermitInput> chosen = permits == null ? List.of() : permits;
		check.require(what != ReviewDecision.RETURN || chosen.isEmpty(), "permits",
				"permits are determined for an approved scheme only");
		List<PermitChoice> choices = permitChoices(chosen, check);
		check.throwIfAny();
		return new ReviewDesignCommand(id, what, checked, choices);
	}

	/** Permit entries, each checked, a code at most once; problems under {@code permits[i]}. */
	static List<PermitChoice> permitChoices(List<PermitInput> entries, FieldCheck check) {
		List<PermitChoice> choices = new ArrayList<>();
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < entries.size(); i++) {
			PermitInput entry = entries.get(i);
			String at = "permits[" + i + "]";
			if (entry == null) {
				check.present(null, at);
				continue;
			}
			check.notBlank(entry.catalogueCode(), at + ".catalogueCode", 64);
			check.require(entry.catalogueCode() == null || codes.add(entry.catalogueCode()), at + ".catalogueCode",
					"listed twice");
			PermitDetermination determination = Choices.of(entry.determination(), at + ".determination",
					PermitDetermination.class, true, check);
			check.plainText(entry.reason(), at + ".reason", MAX_REASON);
			choices.add(new PermitChoice(entry.catalogueCode(), determination,
					entry.reason() == null ? null : entry.reason().strip()));
		}
		return choices;
	}

}
