package cn.bjrenovation.archfixture.crossing.community.persistence;

/** Fixture: another feature's adapter. */
public class CommunityRows {
}
