/** 24SevenOffice AccountService V004: the chart of accounts, the tax codes, and SaveBundleList posting balanced vouchers. */
import type { Reply } from './types';
import { type SoapCall, type SoapEndpoint } from './soap';
import { sessionOf, TSO_NS, type TsoContext } from './twentyFourSevenOffice';
import {
	dateParam,
	result,
	tsoAccounts,
	unreadableDate,
	unreadableNumber,
	withSession,
	type TsoAccountData,
	type TsoBooks,
	type TsoTransaction,
} from './twentyFourSevenOfficeServices';
import { child, childText, element, leaf, type XmlElement, type XmlOut } from './xml';

export interface TsoTaxCode {
	TaxId: number;
	TaxNo: number;
	TaxName: string;
	/** Percent, as the service writes it. */
	TaxRate: string;
	AccountNo: number;
}

/** Norwegian VAT codes as a client's books hold them: incoming, outgoing at three rates, exempt. */
export const tsoTaxCodes: readonly TsoTaxCode[] = [
	{ TaxId: 101, TaxNo: 1, TaxName: 'Inngående mva, høy sats', TaxRate: '25', AccountNo: 2710 },
	{ TaxId: 103, TaxNo: 3, TaxName: 'Utgående mva, høy sats', TaxRate: '25', AccountNo: 2700 },
	{ TaxId: 131, TaxNo: 31, TaxName: 'Utgående mva, middels sats', TaxRate: '15', AccountNo: 2700 },
	{ TaxId: 133, TaxNo: 33, TaxName: 'Utgående mva, lav sats', TaxRate: '12', AccountNo: 2700 },
	{ TaxId: 105, TaxNo: 5, TaxName: 'Avgiftsfritt salg', TaxRate: '0', AccountNo: 0 },
];

/** Fiscal years set up in every emulated client; a bundle for another year is not saved. */
export const tsoFiscalYears: readonly number[] = [2025, 2026];

export function accountServiceEndpoint(context: TsoContext, books: TsoBooks): SoapEndpoint {
	return {
		path: '/economy/account/v004/accountservice.asmx',
		namespace: TSO_NS,
		operations: ['GetAccountList', 'GetTaxCodeList', 'SaveBundleList'],
		handle: (call) => {
			if (call.operation === 'SaveBundleList') {
				const session = sessionOf(context, call);
				// This operation reports a missing session in its answer, not as a fault.
				if (session === undefined) return saveResult(call, 'NotAuthenticated', 'Not authenticated');
				return saveBundleList(call, books.transactionsOf(session.identity.clientId));
			}
			if (call.operation === 'GetTaxCodeList') {
				return withSession(context, call, () => result(call, TSO_NS, [element('GetTaxCodeListResult', tsoTaxCodes.map(taxCodeElement))]));
			}
			return withSession(context, call, () => result(call, TSO_NS, [element('GetAccountListResult', tsoAccounts.map(accountData))]));
		},
	};
}

function accountData(account: TsoAccountData): XmlOut {
	return element('AccountData', [
		leaf('AccountId', String(account.AccountId)),
		leaf('AccountNo', String(account.AccountNo)),
		leaf('AccountName', account.AccountName),
		leaf('AccountTax', String(account.AccountTax)),
		leaf('TaxNo', String(account.TaxNo)),
	]);
}

function taxCodeElement(code: TsoTaxCode): XmlOut {
	return element('TaxCodeElement', [
		leaf('TaxId', String(code.TaxId)),
		leaf('TaxNo', String(code.TaxNo)),
		leaf('TaxName', code.TaxName),
		leaf('TaxRate', code.TaxRate),
		leaf('AccountNo', String(code.AccountNo)),
	]);
}

function saveResult(call: SoapCall, type: string, description?: string): Reply {
	const parts = [leaf('Type', type)];
	if (description !== undefined) parts.push(leaf('Description', description));
	return result(call, TSO_NS, [element('SaveBundleListResult', parts)]);
}

/** Posts every voucher when all are valid and in balance; otherwise nothing (Type=NotSaved). */
function saveBundleList(call: SoapCall, transactions: TsoTransaction[]): Reply {
	const list = child(call.body, TSO_NS, 'BundleList');
	if (list === undefined) return saveResult(call, 'Exception', 'BundleList is missing');
	const allowDifference = childText(list, TSO_NS, 'AllowDifference') === 'true';
	const posted: TsoTransaction[] = [];
	const bundles = entries(list, 'Bundles', 'Bundle');
	if (bundles.length === 0) return saveResult(call, 'NotSaved', 'The bundle list has no bundles');
	const now = new Date().toISOString().slice(0, 19);
	for (const bundle of bundles) {
		const yearId = Number(childText(bundle, TSO_NS, 'YearId'));
		if (!tsoFiscalYears.includes(yearId)) return saveResult(call, 'NotSaved', `The fiscal year ${childText(bundle, TSO_NS, 'YearId') ?? ''} is not set up`);
		const bundleSort = Number(childText(bundle, TSO_NS, 'Sort') ?? '0');
		for (const voucher of entries(bundle, 'Vouchers', 'Voucher')) {
			const transactionNo = Number(childText(voucher, TSO_NS, 'TransactionNo'));
			if (!Number.isInteger(transactionNo) || transactionNo <= 0) return saveResult(call, 'NotSaved', 'A voucher has no TransactionNo');
			const sort = Number(childText(voucher, TSO_NS, 'Sort') ?? bundleSort);
			let balance = 0;
			for (const entry of entries(voucher, 'Entries', 'Entry')) {
				const accountNo = Number(childText(entry, TSO_NS, 'AccountNo'));
				const date = dateParam(entry, 'Date');
				const amount = Number(childText(entry, TSO_NS, 'Amount') ?? '0');
				if (date === null) return unreadableDate(call, entry, 'Date');
				if (date === undefined) return saveResult(call, 'NotSaved', `An entry of voucher ${transactionNo} has no Date`);
				if (!Number.isFinite(amount)) return unreadableNumber(call, 'Amount');
				if (!tsoAccounts.some((account) => account.AccountNo === accountNo)) {
					return saveResult(call, 'NotSaved', `Account ${accountNo} does not exist (voucher ${transactionNo})`);
				}
				const taxNo = childText(entry, TSO_NS, 'TaxNo');
				if (taxNo !== undefined && !tsoTaxCodes.some((code) => code.TaxNo === Number(taxNo))) {
					return saveResult(call, 'NotSaved', `Tax code ${taxNo} does not exist (voucher ${transactionNo})`);
				}
				if (new Date(date).getUTCFullYear() !== yearId) {
					return saveResult(call, 'NotSaved', `An entry of voucher ${transactionNo} is dated outside the fiscal year ${yearId}`);
				}
				balance += Math.round(amount * 100);
				const isoDate = new Date(date).toISOString().slice(0, 19);
				posted.push({
					Id: transactionId(transactions.length + posted.length + 1),
					TransactionNo: transactionNo,
					Date: isoDate,
					AccountNo: accountNo,
					Amount: amount.toFixed(2),
					Comment: childText(entry, TSO_NS, 'Comment') ?? '',
					TransactionTypeId: Number.isFinite(sort) ? sort : 0,
					VatCode: taxNo === undefined ? 0 : Number(taxNo),
					InvoiceNo: childText(entry, TSO_NS, 'InvoiceReferenceNo') ?? '',
					SystemType: 'Miscellaneous',
					Period: Number(isoDate.slice(5, 7)),
					DueDate: childText(entry, TSO_NS, 'DueDate'),
					RegistrationDate: now,
					DateChanged: now,
					CustomerId: Number(childText(entry, TSO_NS, 'CustomerId') ?? '0'),
				});
			}
			if (balance !== 0 && !allowDifference) {
				return saveResult(call, 'NotSaved', `Voucher ${transactionNo} is not in balance (difference ${(balance / 100).toFixed(2)})`);
			}
		}
	}
	transactions.push(...posted);
	return saveResult(call, 'Ok');
}

/** The entries of an "ArrayOf…" child, e.g. the Bundle elements of Bundles. */
function entries(parent: XmlElement, list: string, entry: string): XmlElement[] {
	return (child(parent, TSO_NS, list)?.children ?? []).filter((item) => item.local === entry && item.ns === TSO_NS);
}

export function transactionId(n: number): string {
	return `7a1e0000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}
