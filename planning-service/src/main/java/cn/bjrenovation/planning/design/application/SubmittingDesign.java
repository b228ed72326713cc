package cn.bjrenovation.planning.design.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import cn.bjrenovation.planning.community.domain.RegisteredCommunities;
import cn.bjrenovation.planning.community.domain.RegisteredCommunity;
import cn.bjrenovation.planning.design.domain.Attachments;
import cn.bjrenovation.planning.design.domain.CatalogueItem;
import cn.bjrenovation.planning.design.domain.DesignCase;
import cn.bjrenovation.planning.design.domain.DesignCaseMoved;
import cn.bjrenovation.planning.design.domain.DesignCases;
import cn.bjrenovation.planning.design.domain.DesignCatalogue;
import cn.bjrenovation.planning.design.domain.DesignItem;
import cn.bjrenovation.planning.design.domain.HistoricDistrictRules;
import cn.bjrenovation.planning.design.domain.OpinionCollection;
import cn.bjrenovation.planning.design.domain.Opinions;
import cn.bjrenovation.planning.design.domain.SchemeDraft;
import cn.bjrenovation.planning.illegalconstruction.domain.IllegalConstruction;
import cn.bjrenovation.planning.illegalconstruction.domain.IllegalConstructions;
import cn.bjrenovation.platform.audit.AuditTrail;
import cn.bjrenovation.platform.envelope.EventMetadata;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.problems.InvalidInputException;
import cn.bjrenovation.platform.validation.FieldCheck;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The responsible planner submits a design scheme version (规划设计方案): items from the catalogue with quantities,
 * units and estimated costs, the declared land and planning changes, a historic district's façade keeping, the
 * attachments. The case checks the plan's rules (see {@link DesignCase#submit}); the version is published as
 * {@code DesignSubmitted}.
 */
@Service
public class SubmittingDesign {

	static final String OPERATION = "planning.design.submit";

	private final DesignAccess access;

	private final DesignCases cases;

	private final DesignCatalogue catalogue;

	private final HistoricDistrictRules historic;

	private final Opinions opinions;

	private final Attachments attachments;

	private final IllegalConstructions illegalConstructions;

	private final RegisteredCommunities communities;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	private final Clock clock;

	SubmittingDesign(DesignAccess access, DesignCases cases, DesignCatalogue catalogue, HistoricDistrictRules historic,
			Opinions opinions, Attachments attachments, IllegalConstructions illegalConstructions,
			RegisteredCommunities communities, ApplicationEventPublisher events, AuditTrail audit, Clock clock) {
		this.access = access;
		this.cases = cases;
		this.catalogue = catalogue;
		this.historic = historic;
		this.opinions = opinions;
		this.attachments = attachments;
		this.illegalConstructions = illegalConstructions;
		this.communities = communities;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * @throws InvalidInputException naming each item code not in the catalogue, each attachment that is not the case's,
	 * each demolition that names no determination of the community or is not a demolition item
	 */
	@Transactional
	public DesignCase submit(Caller caller, SubmitDesignCommand command) {
		DesignCase found = access.visible(caller, OPERATION, command.projectId());
		boolean historicNow = communities.find(found.project().communityId())
			.map(RegisteredCommunity::historicDistrict)
			.orElse(found.project().historicDistrict());
		DesignCase before = found.about(found.project().inHistoricDistrict(historicNow));
		SchemeDraft draft = draft(before, command);
		List<UUID> opinionIds = opinions.recordedFor(command.projectId()).stream().map(OpinionCollection::id).toList();
		DesignCase after = before.submit(draft, opinionIds, historic, DesignAccess.actor(caller),
				Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
		cases.moved(found, after);
		events.publishEvent(new DesignCaseMoved(EventMetadata.capture(), after, List.of()));
		var version = after.current().orElseThrow();
		audit.changed(OPERATION, command.projectId(), "submitted version " + version.version() + " with "
				+ version.items().size() + " items, " + version.totalCostFen() + " fen; changed " + version.changedParts());
		return after;
	}

	private SchemeDraft draft(DesignCase designCase, SubmitDesignCommand command) {
		FieldCheck check = new FieldCheck();
		Set<UUID> determinations = illegalConstructions.of(designCase.project().communityId())
			.stream()
			.map(IllegalConstruction::id)
			.collect(Collectors.toSet());
		List<DesignItem> items = new ArrayList<>();
		for (int i = 0; i < command.items().size(); i++) {
			SubmitDesignCommand.Line line = command.items().get(i);
			String at = "items[" + i + "]";
			CatalogueItem item = catalogue.find(line.code()).orElse(null);
			if (item == null) {
				check.require(false, at + ".catalogueCode", "'" + line.code() + "' is no item of the renovation catalogue");
				continue;
			}
			boolean demolition = item.code().equals(DesignCatalogue.DEMOLITION.code());
			check.require(demolition == (line.demolishes() != null), at + ".demolishesDeterminationId", demolition
					? "a demolition item names the illegal-construction determination it removes"
					: "only a " + DesignCatalogue.DEMOLITION.code() + " item demolishes a determination");
			check.require(line.demolishes() == null || determinations.contains(line.demolishes()),
					at + ".demolishesDeterminationId", line.demolishes() + " is no illegal-construction determination of community "
							+ designCase.project().communityName());
			items.add(new DesignItem(item.code(), item.name(), item.itemClass(), line.quantity(), line.unit(),
					line.estimatedCostFen(), item.utility(), line.description(), line.demolishes()));
		}
		check.require(items.stream().filter(item -> item.demolishes() != null).map(DesignItem::demolishes).distinct().count()
				== items.stream().filter(item -> item.demolishes() != null).count(), "items",
				"each determination is demolished by one item");
		for (int i = 0; i < command.attachmentIds().size(); i++) {
			UUID id = command.attachmentIds().get(i);
			check.require(attachments.find(command.projectId(), id).isPresent(), "attachmentIds[" + i + "]",
					id + " is no attachment of design case " + command.projectId());
		}
		check.throwIfAny();
		return new SchemeDraft(items, command.changesLandRights(), command.changesPlanningConditions(),
				command.historicKeeping(), command.summary(), command.attachmentIds());
	}

}
