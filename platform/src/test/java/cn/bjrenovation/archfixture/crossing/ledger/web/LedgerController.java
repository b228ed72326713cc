package cn.bjrenovation.archfixture.crossing.ledger.web;

import cn.bjrenovation.archfixture.crossing.community.persistence.CommunityRows;

/** Fixture, broken on purpose: one feature's adapter reaching into another feature's adapter. */
public class LedgerController {

	CommunityRows rows;

}
