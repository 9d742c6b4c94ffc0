/**
 * Many HasSession calls through the shared layer, to profile where its CPU goes:
 *   node --cpu-prof dist/test/benchmark/profile.js [canned|n8n] [calls]
 * `canned` answers from memory (the layer alone), `n8n` posts through n8n's
 * request helper to the emulator in its own process. Open the .cpuprofile in
 * Chrome DevTools or any profile viewer.
 */
import { callSoap, type CallContext } from '../../nodes/shared/soap/call';
import { buildEnvelope, soapRequestHeaders } from '../../nodes/shared/soap/envelope';
import { hasSessionCase } from './cases';
import { startEmulatorProcess } from './emulatorProcess';
import { executeContext } from './n8nContext';
import { post } from './plainHttp';

async function main(): Promise<void> {
	const mode = process.argv[2] === 'n8n' ? 'n8n' : 'canned';
	const calls = Number(process.argv[3] ?? 20_000);
	const emulator = await startEmulatorProcess();
	try {
		const spec = hasSessionCase(emulator.twentyFourSevenOfficeUrl, 'profile');
		const n8n = executeContext(spec.workflow, spec.credentials);
		const headers = soapRequestHeaders('1.1', spec.service.namespace, spec.operation);
		const answer = await post(spec.url, headers, buildEnvelope({ version: '1.1', namespace: spec.service.namespace, operation: spec.operation }));
		const helpers =
			mode === 'n8n' ? n8n.helpers : { httpRequest: async () => ({ statusCode: answer.statusCode, headers: answer.headers, body: answer.body }) };
		const context = { helpers, node: n8n.getNode(), itemIndex: 0 } as unknown as CallContext;
		const options = { url: spec.url, version: '1.1' as const, operation: spec.operation, cookie: spec.cookie };
		const cpu = process.cpuUsage();
		for (let i = 0; i < calls; i++) await callSoap(context, spec.service, options);
		const used = process.cpuUsage(cpu);
		console.log(`${mode}: ${calls} calls, ${((used.user + used.system) / calls).toFixed(1)} µs client CPU per call`);
	} finally {
		emulator.stop();
	}
}

main().catch((error: Error) => {
	console.error(error);
	process.exitCode = 1;
});
