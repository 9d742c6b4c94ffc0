/** One call to a service on the cluster, sent once more on a new session when Twinfield says it ended. */
/*
 * When Twinfield says the session has ended and the session is the
 * credential's, the node gets a new one and sends the call once more; a second
 * failure is reported as it is.
 */
import { NodeApiError, NodeOperationError, type JsonObject } from 'n8n-workflow';

import type { CallOptions } from '../../shared/n8n/options';
import { callSoap, type CallContext, type SoapResult } from '../../shared/soap/call';
import type { SoapFields } from '../../shared/soap/envelope';
import { maskError, SecretMask } from '../../shared/soap/serverText';
import type { TwinfieldAccess } from './access';
import { withFairUseRetries } from './fairUse';
import { tokenRejected } from './oauth';
import { faultSaysSessionEnded, twinfield } from './service';

export interface ClusterCall {
	/** Path on the cluster, e.g. `/webservices/processxml.asmx`. */
	path: string;
	operation: string;
	fields: SoapFields;
	/** Wait and send again after Twinfield's fair-use 429 (see fairUse.ts); the business resources ask for it. */
	fairUseRetries?: boolean;
}

/** What an n8n API error was built from (NodeApiError keeps it as `errorResponse`). */
export function errorResponseOf(error: unknown): JsonObject | undefined {
	const { errorResponse, cause } = (error ?? {}) as { errorResponse?: unknown; cause?: unknown };
	const response = errorResponse ?? cause;
	return response && typeof response === 'object' ? (response as JsonObject) : undefined;
}

export function errorSaysSessionEnded(error: unknown): boolean {
	const cause = errorResponseOf(error);
	if (!cause) return false;
	const code = typeof cause.detailCode === 'string' ? cause.detailCode : '';
	const text = typeof cause.faultString === 'string' ? cause.faultString : '';
	return faultSaysSessionEnded(code, text);
}

export async function callCluster(
	context: CallContext,
	access: TwinfieldAccess,
	call: ClusterCall,
	options: CallOptions,
): Promise<SoapResult> {
	const sendOnce = async (way: TwinfieldAccess) => {
		try {
			return await callSoap(way.send ? { ...context, send: way.send } : context, twinfield, {
				url: `${way.cluster}${call.path}`,
				version: options.version,
				operation: call.operation,
				header: way.header,
				fields: call.fields,
				timeoutMs: options.timeoutMs,
				maxAnswerBytes: options.maxAnswerBytes,
				secrets: await way.secrets?.(),
			});
		} catch (error) {
			const failure = way.failure?.() ?? error;
			// A log-on inside the call may have kept a new session: mask it as well.
			if (way.secrets) maskError(failure, new SecretMask(await way.secrets()));
			throw failure;
		}
	};
	// A 429 means Twinfield did not process the request: sending it again cannot write twice.
	const send = async (way: TwinfieldAccess) => (call.fairUseRetries ? await withFairUseRetries(async () => await sendOnce(way)) : await sendOnce(way));
	let failure: unknown;
	try {
		return await send(access);
	} catch (error) {
		failure = error;
	}
	// A log-on that failed inside the call is reported as it is: logging on again would fail alike.
	const logOnFailed = access.failure?.() !== undefined;
	if (!access.renew || logOnFailed || !(errorSaysSessionEnded(failure) || tokenRejected(failure))) {
		// callSoap raises only n8n errors; anything else is wrapped so it still names the node and item.
		throw failure instanceof NodeApiError || failure instanceof NodeOperationError
			? failure
			: new NodeOperationError(context.node, failure as Error, { itemIndex: context.itemIndex });
	}
	return await send(await access.renew());
}
