/** Everything the node offers the editor besides execution. */
import { twinfieldApiTest } from './credentialTest';

export const credentialTest = { twinfieldApiTest };
