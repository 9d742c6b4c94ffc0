/**
 * The credential Test buttons, run with n8n-core's own credential-test context
 * (what the editor's Test button uses) against the emulator.
 */
import type { ICredentialDataDecryptedObject, ICredentialTestFunctions, INodeCredentialTestResult } from 'n8n-workflow';

import { TwentyFourSevenOffice } from '../../nodes/TwentyFourSevenOffice/TwentyFourSevenOffice.node';
import { Twinfield } from '../../nodes/Twinfield/Twinfield.node';
import { tsoDemo, twinfieldChangePasswordUser, twinfieldDemo, twinfieldSmsUser } from '../emulator';
import { tsoCredential, twinfieldCredential, useEmulator } from './harness';
import { n8nCore } from './runWorkflow';

const emulator = useEmulator();

type TestMethod = (this: ICredentialTestFunctions, credential: { id: string; name: string; type: string; data: ICredentialDataDecryptedObject }) => Promise<INodeCredentialTestResult>;

async function testTwinfield(data: ICredentialDataDecryptedObject) {
	const method = new Twinfield().methods.credentialTest.twinfieldApiTest as TestMethod;
	return await method.call(new n8nCore.CredentialTestContext(), { id: '1', name: 't', type: 'twinfieldApi', data });
}

async function testTso(data: ICredentialDataDecryptedObject) {
	const method = new TwentyFourSevenOffice().methods.credentialTest.twentyFourSevenOfficeApiTest as TestMethod;
	return await method.call(new n8nCore.CredentialTestContext(), { id: '1', name: 't', type: 'twentyFourSevenOfficeApi', data });
}

describe('credential tests', () => {
	it('Twinfield: really logs on', async () => {
		expect(await testTwinfield(twinfieldCredential(emulator(), twinfieldDemo))).toEqual({ status: 'OK', message: 'Logged on to Twinfield' });
		expect(emulator().requests.filter((request) => request.operation === 'Logon')).toHaveLength(1);
	});

	it('Twinfield: fails for a user that still needs an SMS code or a new password, and says so', async () => {
		const sms = await testTwinfield(twinfieldCredential(emulator(), twinfieldSmsUser));
		expect(sms.status).toBe('Error');
		expect(sms.message).toMatch(/^Twinfield wants an SMS code before this session can be used\. .*Complete it in the Twinfield website/);
		const password = await testTwinfield(twinfieldCredential(emulator(), twinfieldChangePasswordUser));
		expect(password.status).toBe('Error');
		expect(password.message).toMatch(/^Twinfield wants a new password before this session can be used\. .*update the credential/);
	});

	it('Twinfield: names the reason when it cannot log on, without the password', async () => {
		const result = await testTwinfield(twinfieldCredential(emulator(), { ...twinfieldDemo, password: 'bad<pw>' }));
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(/^Twinfield rejected the user name, password or organisation\. Check the user, password and organisation/);
		expect(result.message).not.toContain('bad<pw>');
	});

	it('Twinfield: names an unreachable log-in URL', async () => {
		const result = await testTwinfield({ ...twinfieldCredential(emulator(), twinfieldDemo), loginUrl: 'http://127.0.0.1:9' });
		expect(result.message).toMatch(/^Could not connect to Twinfield at 127\.0\.0\.1:9\. Nothing answered at that address/);
	});

	it('24SevenOffice: really logs in', async () => {
		expect(await testTso(tsoCredential(emulator(), tsoDemo))).toEqual({ status: 'OK', message: 'Logged in to 24SevenOffice' });
		expect(emulator().requests.filter((request) => request.operation === 'Login')).toHaveLength(1);
	});

	it('24SevenOffice: names the reason when it cannot log in', async () => {
		const wrong = await testTso(tsoCredential(emulator(), tsoDemo, { password: 'bad' }));
		expect(wrong.status).toBe('Error');
		expect(wrong.message).toMatch(/^24SevenOffice refused the log-in\. The username, password or identity ID/);
		const notGuid = await testTso(tsoCredential(emulator(), tsoDemo, { applicationId: 'abc' }));
		expect(notGuid.message).toMatch(/^The Application ID in the 24SevenOffice credential is not a valid ID/);
	});
});
