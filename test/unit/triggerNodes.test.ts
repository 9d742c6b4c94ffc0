/** The trigger nodes' descriptions: polling nodes without inputs, the regular nodes' credentials and icons, and a subtitle naming the chosen event. */
import type { INodeTypeDescription } from 'n8n-workflow';

import { TwentyFourSevenOffice } from '../../nodes/TwentyFourSevenOffice/TwentyFourSevenOffice.node';
import { TwentyFourSevenOfficeTrigger } from '../../nodes/TwentyFourSevenOffice/TwentyFourSevenOfficeTrigger.node';
import { Twinfield } from '../../nodes/Twinfield/Twinfield.node';
import { TwinfieldTrigger } from '../../nodes/Twinfield/TwinfieldTrigger.node';

function subtitle(description: INodeTypeDescription, event: string): unknown {
	const expression = /^=\{\{([\s\S]*)\}\}$/.exec(String(description.subtitle))?.[1];
	if (!expression) throw new Error(`not an expression: ${String(description.subtitle)}`);
	return new Function('$parameter', `return (${expression});`)({ event });
}

const eventsOf = (description: INodeTypeDescription) => (description.properties.find((property) => property.name === 'event')?.options ?? []).map((option) => ('value' in option ? option.value : undefined));

describe.each([
	['Twinfield Trigger', new TwinfieldTrigger().description, new Twinfield().description, ['customer', 'salesInvoice', 'openItemPaid', 'supplier', 'transaction'], [['transaction', 'Transaction Created or Changed'], ['salesInvoice', 'New Sales Invoice'], ['openItemPaid', 'Open Item Paid']]],
	['24SevenOffice Trigger', new TwentyFourSevenOfficeTrigger().description, new TwentyFourSevenOffice().description, ['customer', 'product', 'salesOrder', 'transaction'], [['salesOrder', 'Sales Order Created or Changed']]],
])('%s', (_name, description, regular, events, shown) => {
	it('polls, has no input and one output', () => {
		expect(description.polling).toBe(true);
		expect(description.inputs).toEqual([]);
		expect(description.outputs).toEqual(['main']);
		expect(description.group).toEqual(['trigger']);
	});

	it('takes the regular node’s credentials and icon', () => {
		expect(description.credentials).toEqual(regular.credentials);
		expect(description.icon).toEqual(regular.icon);
	});

	it('offers the events written out by hand, and Options → Start From', () => {
		expect(eventsOf(description)).toEqual(events);
		const options = description.properties.find((property) => property.name === 'options');
		expect(options?.options?.map((option) => ('name' in option ? option.name : undefined))).toEqual(['startFrom']);
	});

	it.each(shown)('the subtitle of %s is "%s"', (event, name) => {
		expect(subtitle(description, event)).toBe(name);
	});
});
