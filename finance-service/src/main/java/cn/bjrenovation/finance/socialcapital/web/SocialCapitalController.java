package cn.bjrenovation.finance.socialcapital.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.bjrenovation.finance.socialcapital.application.AgreementPage;
import cn.bjrenovation.finance.socialcapital.application.FindingSocialCapitalAgreement;
import cn.bjrenovation.finance.socialcapital.application.ListAgreementsCommand;
import cn.bjrenovation.finance.socialcapital.application.ListingSocialCapitalAgreements;
import cn.bjrenovation.finance.socialcapital.application.RecordAgreementCommand;
import cn.bjrenovation.finance.socialcapital.application.RecordingSocialCapitalAgreement;
import cn.bjrenovation.finance.socialcapital.domain.Agreement;
import cn.bjrenovation.finance.socialcapital.domain.TaxRelief;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.problems.InvalidInputException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Social-capital agreements; each read shows the tax relief of the services it runs (§三(七)). */
@RestController
@RequestMapping("/api/finance/social-capital-agreements")
class SocialCapitalController {

	private final RecordingSocialCapitalAgreement recording;

	private final FindingSocialCapitalAgreement finding;

	private final ListingSocialCapitalAgreements listing;

	SocialCapitalController(RecordingSocialCapitalAgreement recording, FindingSocialCapitalAgreement finding,
			ListingSocialCapitalAgreements listing) {
		this.recording = recording;
		this.finding = finding;
		this.listing = listing;
	}

	record AgreementRequest(String projectId, String party, List<String> items, Long amountFen, String terms,
			Integer termYears, Integer returnCapBasisPoints, Map<String, Long> declaredIncomeFen) {
	}

	record AgreementResponse(String id, String projectId, String party, List<String> items, long amountFen,
			String terms, int termYears, int returnCapBasisPoints, List<TaxRelief> taxRelief, String recordedBy,
			Instant recordedAt) {

		static AgreementResponse of(Agreement agreement) {
			return new AgreementResponse(agreement.id().toString(), agreement.projectId().toString(), agreement.party(),
					agreement.items(), agreement.amountFen(), agreement.terms(), agreement.termYears(),
					agreement.returnCapBasisPoints(), agreement.taxRelief(), agreement.recordedBy(),
					agreement.recordedAt());
		}

	}

	@PostMapping
	ResponseEntity<AgreementResponse> record(Caller caller, @RequestBody AgreementRequest request) {
		Agreement agreement = recording.record(caller, RecordAgreementCommand.of(request.projectId(), request.party(),
				request.items(), request.amountFen(), request.terms(), request.termYears(),
				request.returnCapBasisPoints(), request.declaredIncomeFen()));
		return ResponseEntity.created(URI.create("/api/finance/social-capital-agreements/" + agreement.id()))
			.body(AgreementResponse.of(agreement));
	}

	record AgreementPageResponse(List<AgreementResponse> items, String nextPageToken) {
	}

	/** Agreements by project and party (a part of its name), a keyset page at a time ({@code pageToken}). */
	@GetMapping
	AgreementPageResponse list(Caller caller, @RequestParam(required = false) String projectId,
			@RequestParam(required = false) String party, @RequestParam(required = false) Integer pageSize,
			@RequestParam(required = false) String pageToken) {
		AgreementPage page = listing.list(caller, ListAgreementsCommand.of(projectId, party, pageSize, pageToken));
		return new AgreementPageResponse(page.agreements().stream().map(AgreementResponse::of).toList(),
				page.nextPageToken());
	}

	@GetMapping("/{agreementId}")
	AgreementResponse get(@PathVariable String agreementId) {
		UUID id;
		try {
			id = UUID.fromString(agreementId);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("agreementId", "not an agreement id (a UUID)");
		}
		return AgreementResponse.of(finding.find(id));
	}

}
