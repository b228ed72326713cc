package cn.bjrenovation.housing.publicboard.application;

import java.util.List;

import cn.bjrenovation.housing.publicboard.domain.DistrictProgress;
import cn.bjrenovation.housing.publicboard.domain.NoticeBoard;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Published projects per district and state, for the public map (public operation {@code housing.public.district-progress}). */
@Service
public class ReadingDistrictProgress {

	private final NoticeBoard board;

	ReadingDistrictProgress(NoticeBoard board) {
		this.board = board;
	}

	@Transactional(readOnly = true)
	public List<DistrictProgress> read() {
		return board.progress();
	}

}
