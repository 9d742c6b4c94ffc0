/** How the Twinfield emulator echoes a sent document and marks its problems on it, as Twinfield answers a refused save. */
import type { XmlElement, XmlOut } from './xml';

export interface Problem {
	type: 'error' | 'warning';
	text: string;
}

/** The document as sent, so that problems can be marked on its own elements. */
export function echo(element: XmlElement): XmlOut {
	if (element.children.length === 0) return { name: element.local, attrs: { ...element.attrs }, text: element.text };
	return { name: element.local, attrs: { ...element.attrs }, children: element.children.map(echo) };
}

/** The problems found on one echoed document, and `note` to add one to an element (the document itself when none is given). */
export function problemList(reply: XmlOut) {
	const problems = new Map<XmlOut, Problem[]>();
	const note = (element: XmlOut | undefined, type: Problem['type'], message: string) => {
		const target = element ?? reply;
		problems.set(target, [...(problems.get(target) ?? []), { type, text: message }]);
	};
	return { problems, note };
}

/** Writes each problem as msgtype/msg on its element; true, with result="0" up the tree, when an error (or a raised warning) blocks the save. */
export function markProblems(reply: XmlOut, problems: Map<XmlOut, Problem[]>, raiseWarnings: boolean): boolean {
	let blocked = false;
	for (const [element, messages] of problems) {
		const isError = messages.some((message) => message.type === 'error');
		element.attrs = { ...element.attrs, msgtype: isError ? 'error' : 'warning', msg: messages.map((message) => message.text).join('//') };
		if (isError || raiseWarnings) {
			blocked = true;
			markFailed(reply, element);
		}
	}
	if (blocked) reply.attrs = { ...reply.attrs, result: '0' };
	return blocked;
}

/** result="0" on the element and on every element above it, as Twinfield does. */
function markFailed(root: XmlOut, target: XmlOut): boolean {
	if (root === target) {
		root.attrs = { ...root.attrs, result: '0' };
		return true;
	}
	for (const item of root.children ?? []) {
		if (markFailed(item, target)) {
			root.attrs = { ...root.attrs, result: '0' };
			return true;
		}
	}
	return false;
}
