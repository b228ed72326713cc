package cn.bjrenovation.finance.ledger.domain;

/** What applying a transfer did: recorded it now, or found it recorded already with the same fields (a replay). */
public enum TransferResult {

	CREATED, EXISTS

}
