package cn.bjrenovation.housing.project.application;

import java.util.List;

import cn.bjrenovation.housing.project.domain.RenovationItem;
import cn.bjrenovation.housing.project.domain.RenovationItemCatalogue;
import org.springframework.stereotype.Service;

/** The catalogue of renovation items a community may ask for (A1-6 basic, A1-7 complete, A1-8 upgrade). */
@Service
public class ListingRenovationItems {

	private final RenovationItemCatalogue catalogue;

	ListingRenovationItems(RenovationItemCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	public List<RenovationItem> list() {
		return catalogue.all();
	}

}
