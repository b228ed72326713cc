-- The residents' committee (社区居委会, 12-digit division code) a community belongs to, if known: a committee-scoped
-- community organisation (COMMUNITY_ORG whose community claim is a committee code) reads the communities of its
-- committee. A committee lies on its community's street: its first nine digits are the street's code.
ALTER TABLE community
  ADD COLUMN committee_code CHAR(12)
    CONSTRAINT community_committee_on_its_street CHECK (committee_code IS NULL OR left(committee_code, 9) = street_code);
CREATE INDEX community_by_committee ON community (committee_code, name, id) WHERE committee_code IS NOT NULL;
