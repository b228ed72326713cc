package cn.bjrenovation.finance.ledger.domain;

import java.util.UUID;

import cn.bjrenovation.platform.problems.RuleViolationException;

/**
 * The debit account cannot cover the transfer: a budget line, a commitment or a maintenance fund would go below zero
 * (DOMAIN §7). Only ever raised for that reason — a busy database is never reported as insufficient funds.
 */
public class InsufficientFunds extends RuleViolationException {

	public static final String RULE = "DOMAIN §7 账户不得透支: an account never goes below zero";

	private final UUID transferId;

	private final AccountId account;

	private final long availableFen;

	public InsufficientFunds(UUID transferId, AccountId account, long amountFen, long availableFen, String field) {
		super(RULE, field, "transfer " + transferId + " needs " + amountFen + " fen from " + account + ", which has "
				+ availableFen + " fen available");
		this.transferId = transferId;
		this.account = account;
		this.availableFen = availableFen;
	}

	public UUID transferId() {
		return transferId;
	}

	public AccountId account() {
		return account;
	}

	public long availableFen() {
		return availableFen;
	}

}
