package cn.bjrenovation.planning.design.grpc;

import java.util.Arrays;
import java.util.UUID;

import cn.bjrenovation.planning.design.application.AttachmentContent;
import cn.bjrenovation.planning.design.application.DesignCasePage;
import cn.bjrenovation.planning.design.application.DownloadingAttachment;
import cn.bjrenovation.planning.design.application.FindingDesignCase;
import cn.bjrenovation.planning.design.application.ListDesignCasesCommand;
import cn.bjrenovation.planning.design.application.ListingDesignCases;
import cn.bjrenovation.planning.design.domain.ProjectId;
import cn.bjrenovation.planning.v1.AttachmentChunk;
import cn.bjrenovation.planning.v1.DesignCaseStatus;
import cn.bjrenovation.planning.v1.DesignServiceGrpc;
import cn.bjrenovation.planning.v1.DownloadAttachmentRequest;
import cn.bjrenovation.planning.v1.GetDesignCaseRequest;
import cn.bjrenovation.planning.v1.GetDesignCaseResponse;
import cn.bjrenovation.planning.v1.ListDesignCasesRequest;
import cn.bjrenovation.planning.v1.ListDesignCasesResponse;
import cn.bjrenovation.platform.problems.InvalidInputException;
import cn.bjrenovation.platform.security.CurrentCaller;
import com.google.protobuf.ByteString;
import io.grpc.stub.StreamObserver;
import org.springframework.stereotype.Service;

/**
 * DesignService: the same reads as REST, held to the same reach by the use cases. INVALID_ARGUMENT names the proto
 * field; NOT_FOUND for a case or attachment outside the caller's reach.
 */
@Service
class DesignGrpcService extends DesignServiceGrpc.DesignServiceImplBase {

	/** Chunks of at most 64 KiB, as the contract promises. */
	static final int CHUNK = 64 * 1024;

	private final FindingDesignCase finding;

	private final ListingDesignCases listing;

	private final DownloadingAttachment downloading;

	DesignGrpcService(FindingDesignCase finding, ListingDesignCases listing, DownloadingAttachment downloading) {
		this.finding = finding;
		this.listing = listing;
		this.downloading = downloading;
	}

	@Override
	public void getDesignCase(GetDesignCaseRequest request, StreamObserver<GetDesignCaseResponse> response) {
		var view = finding.find(CurrentCaller.get(), ProjectId.parse(request.getProjectId(), "project_id"));
		response.onNext(GetDesignCaseResponse.newBuilder().setDesignCase(DesignMessages.full(view)).build());
		response.onCompleted();
	}

	@Override
	public void listDesignCases(ListDesignCasesRequest request, StreamObserver<ListDesignCasesResponse> response) {
		var filter = request.getFilter();
		if (filter.getStatusValue() != 0 && filter.getStatus() == DesignCaseStatus.UNRECOGNIZED) {
			throw new InvalidInputException("filter.status", "no status " + filter.getStatusValue());
		}
		DesignCasePage page = listing.list(CurrentCaller.get(), ListDesignCasesCommand.of(filter.getDistrictCode(),
				filter.getStreetCode(), filter.getStatusValue() == 0 ? null : filter.getStatus().name(),
				request.getPageSize(), request.getPageToken(), "filter.district_code", "filter.street_code",
				"filter.status", "page_size", "page_token"));
		response.onNext(ListDesignCasesResponse.newBuilder()
			.addAllDesignCases(page.cases().stream().map(DesignMessages::summary).toList())
			.setNextPageToken(page.nextPageToken() == null ? "" : page.nextPageToken())
			.build());
		response.onCompleted();
	}

	@Override
	public void downloadAttachment(DownloadAttachmentRequest request, StreamObserver<AttachmentChunk> response) {
		ProjectId project = ProjectId.parse(request.getProjectId(), "project_id");
		UUID attachment;
		try {
			attachment = UUID.fromString(request.getAttachmentId());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("attachment_id", "'" + request.getAttachmentId() + "' is not an id (a UUID)");
		}
		AttachmentContent content = downloading.download(CurrentCaller.get(), project, attachment);
		byte[] bytes = content.content();
		for (int offset = 0; offset < bytes.length; offset += CHUNK) {
			AttachmentChunk.Builder chunk = AttachmentChunk.newBuilder()
				.setOffset(offset)
				.setData(ByteString.copyFrom(Arrays.copyOfRange(bytes, offset, Math.min(bytes.length, offset + CHUNK))));
			if (offset == 0) {
				chunk.setAttachment(DesignMessages.attachment(content.attachment()));
			}
			response.onNext(chunk.build());
		}
		response.onCompleted();
	}

}
