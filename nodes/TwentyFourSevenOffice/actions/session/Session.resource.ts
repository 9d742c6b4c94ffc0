/** The Session resource: its operations, listed once, in the order the editor shows them. */
import type { INodeProperties } from 'n8n-workflow';

import { resourceDescription, type TsoOperation } from '../operation';
import * as checkSession from './checkSession.operation';
import * as ensureSession from './ensureSession.operation';
import * as getIdentities from './getIdentities.operation';
import * as logIn from './logIn.operation';
import * as setIdentity from './setIdentity.operation';

export const operations: Record<string, TsoOperation> = {
	checkSession,
	ensureSession,
	getIdentities,
	logIn,
	setIdentity,
};

export const description: INodeProperties[] = resourceDescription('session', operations, 'ensureSession');
