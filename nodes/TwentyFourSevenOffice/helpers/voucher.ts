/** A voucher's lines in whole cents, and whether debits (positive) and credits (negative) add up to zero. */

export interface VoucherBalance {
	debitCents: number;
	creditCents: number;
	/** Debits minus credits; zero when the voucher balances. */
	differenceCents: number;
}

/** An amount with at most two decimals, in cents; undefined for anything finer or not a number. */
export function toCents(amount: number): number | undefined {
	if (!Number.isFinite(amount)) return undefined;
	const cents = Math.round(amount * 100);
	return Math.abs(amount * 100 - cents) < 1e-6 ? cents : undefined;
}

export function voucherBalance(cents: number[]): VoucherBalance {
	const debitCents = cents.filter((value) => value > 0).reduce((sum, value) => sum + value, 0);
	const creditCents = -cents.filter((value) => value < 0).reduce((sum, value) => sum + value, 0);
	return { debitCents, creditCents, differenceCents: debitCents - creditCents };
}

/** Cents as the plain decimal text 24SevenOffice reads, e.g. -1234 → "-12.34". */
export function centsText(cents: number): string {
	const sign = cents < 0 ? '-' : '';
	const whole = Math.abs(cents);
	return `${sign}${Math.floor(whole / 100)}.${String(whole % 100).padStart(2, '0')}`;
}
