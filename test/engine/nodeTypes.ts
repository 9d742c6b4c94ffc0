/** The node types a test workflow can use: the pack's nodes plus a start node. */
import type { IDataObject, INodeType, INodeTypes, IVersionedNodeType } from 'n8n-workflow';

import { TwentyFourSevenOffice } from '../../nodes/TwentyFourSevenOffice/TwentyFourSevenOffice.node';
import { TwentyFourSevenOfficeTrigger } from '../../nodes/TwentyFourSevenOffice/TwentyFourSevenOfficeTrigger.node';
import { Twinfield } from '../../nodes/Twinfield/Twinfield.node';
import { TwinfieldTrigger } from '../../nodes/Twinfield/TwinfieldTrigger.node';
import { Items } from './itemsNode';
import { SoapRequest } from './soapRequestNode';

/** Type names as n8n gives them to a community package's nodes. */
export const PACKAGE = 'n8n-nodes-twinfield-24sevenoffice';

const types: Record<string, INodeType> = {
	[`${PACKAGE}.twinfield`]: new Twinfield(),
	[`${PACKAGE}.twentyFourSevenOffice`]: new TwentyFourSevenOffice(),
	// The AI-tool variants n8n derives from usableAsTool run the same node.
	[`${PACKAGE}.twinfieldTool`]: new Twinfield(),
	[`${PACKAGE}.twentyFourSevenOfficeTool`]: new TwentyFourSevenOffice(),
	[`${PACKAGE}.twinfieldTrigger`]: new TwinfieldTrigger(),
	[`${PACKAGE}.twentyFourSevenOfficeTrigger`]: new TwentyFourSevenOfficeTrigger(),
	'test.items': new Items(),
	'test.soapRequest': new SoapRequest(),
};

export const nodeTypes: INodeTypes = {
	getByName(type: string): INodeType | IVersionedNodeType {
		const nodeType = types[type];
		if (!nodeType) throw new Error(`Unknown node type ${type}`);
		return nodeType;
	},
	getByNameAndVersion(type: string): INodeType {
		return this.getByName(type) as INodeType;
	},
	getKnownTypes(): IDataObject {
		return Object.fromEntries(Object.keys(types).map((type) => [type, {}]));
	},
};
