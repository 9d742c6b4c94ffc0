/**
 * Runs the emulator until Ctrl-C, for manual tries and for end-to-end tests
 * in another process: `node dist/test/emulator/start.js [--port N]`.
 * EMULATOR_PORT sets the first port too; the others are N+1 and N+2.
 */
import { startEmulator, tsoDemo, twinfieldAccessToken, twinfieldDemo, twinfieldOAuthClient } from './index';

function firstPort(argv: string[]): number {
	const flag = argv.indexOf('--port');
	const raw = flag >= 0 ? argv[flag + 1] : process.env.EMULATOR_PORT;
	if (raw === undefined || raw === '') return 0;
	const port = Number(raw);
	if (!Number.isInteger(port) || port < 0 || port > 65533) throw new Error(`Invalid port: ${raw}`);
	return port;
}

async function main(): Promise<void> {
	const emulator = await startEmulator({ port: firstPort(process.argv.slice(2)) });
	const lines = [
		'SOAP emulator for Twinfield and 24SevenOffice is running.',
		'',
		'Twinfield',
		`  login host    ${emulator.twinfieldLoginUrl}/webservices/session.asmx`,
		`  cluster host  ${emulator.twinfieldClusterUrl}  (returned by Logon as <cluster>)`,
		`  user          ${twinfieldDemo.user}`,
		`  password      ${twinfieldDemo.password}`,
		`  organisation  ${twinfieldDemo.organisation}`,
		`  access token  ${twinfieldAccessToken}`,
		`  OAuth 2        ${emulator.twinfieldLoginUrl}/auth/authentication/connect/authorize and …/token, client ${twinfieldOAuthClient.clientId} / ${twinfieldOAuthClient.clientSecret}`,
		'',
		'24SevenOffice',
		`  authenticate  ${emulator.twentyFourSevenOfficeUrl}/authenticate/v001/authenticate.asmx`,
		`  client svc    ${emulator.twentyFourSevenOfficeUrl}/Client/V001/ClientService.asmx`,
		`  application   ${tsoDemo.applicationId}`,
		`  username      ${tsoDemo.username}`,
		`  password      ${tsoDemo.password}`,
		`  identity      ${tsoDemo.identityId}  (default identity)`,
		'',
		'Controls on every port: POST /_emulator/inject (JSON), /_emulator/reset, /_emulator/expire',
		'Press Ctrl-C to stop.',
	];
	console.log(lines.join('\n'));

	const stop = () => {
		void emulator.close().then(() => process.exit(0));
	};
	process.once('SIGINT', stop);
	process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
	console.error((error as Error).message);
	process.exit(1);
});
