/**
 * The packages one source tree builds. A service owns its node folder
 * (`nodes/<nodeDir>/`, every `*.node.ts` in it) and every credential whose file
 * name starts with its `credentialPrefix` (`credentials/<prefix>*.credentials.ts`),
 * so a new credential of a service is picked up without editing the build.
 * Everything those files require (the shared SOAP layer) and the icons they
 * name come along. Its `page` (under docs/) documents it, and is the README of
 * its single-service package.
 */
const SERVICES = {
	twinfield: {
		title: 'Twinfield',
		nodeDir: 'Twinfield',
		credentialPrefix: 'Twinfield',
		page: 'docs/twinfield.md',
		keywords: ['twinfield'],
	},
	twentyFourSevenOffice: {
		title: '24SevenOffice',
		nodeDir: 'TwentyFourSevenOffice',
		credentialPrefix: 'TwentyFourSevenOffice',
		page: 'docs/24sevenoffice.md',
		keywords: ['24sevenoffice'],
	},
};

/**
 * The combined package is for self-hosted n8n; n8n verifies (and n8n Cloud
 * installs) only packages that integrate one service, hence the other two.
 */
const PACKAGES = [
	{
		name: 'n8n-nodes-twinfield-24sevenoffice',
		services: ['twinfield', 'twentyFourSevenOffice'],
		description:
			'n8n nodes for the Twinfield and 24SevenOffice SOAP accounting services, in one package for self-hosted n8n: customers, suppliers, products, invoices, sales orders, ledger transactions and vouchers as JSON, polling triggers for new and changed records, any XML message, Finder search or service call, and the sessions they need.',
	},
	{
		name: 'n8n-nodes-twinfield',
		services: ['twinfield'],
		description: 'n8n nodes for the Twinfield SOAP accounting service: customers, suppliers, ledger dimensions, VAT codes, articles, sales invoices and transactions as JSON, a trigger for new and changed records, new invoices and paid open items, XML messages and Finder searches, signed in with OAuth2 or a password.',
	},
	{
		name: 'n8n-nodes-24sevenoffice',
		services: ['twentyFourSevenOffice'],
		description: 'n8n nodes for the 24SevenOffice SOAP accounting service: customers, contacts, products, sales orders, accounts, ledger entries and vouchers as JSON, a trigger for new and changed records, any service call with JSON, and the sessions and identities they need.',
	},
];

/** Where the build stages each package (one folder per package name) and where release:check packs them. */
const STAGE_DIR = 'dist/packages';
const TARBALL_DIR = 'dist/tarballs';

/** Manifest fields copied from the root package.json into every package: set them there once. */
const SHARED_FIELDS = ['version', 'license', 'homepage', 'bugs', 'repository', 'author', 'engines', 'peerDependencies'];

/** The package whose single service is `serviceKey`; its npm page documents that service alone. */
function singleServicePackage(serviceKey) {
	return PACKAGES.find((pkg) => pkg.services.length === 1 && pkg.services[0] === serviceKey);
}

module.exports = { SERVICES, PACKAGES, STAGE_DIR, TARBALL_DIR, SHARED_FIELDS, singleServicePackage };
