// Entry of the report worker thread (in-worker.ts): the same service, on the thread's own read-only connection.
import { serveDatabase } from '../threads/serve.ts';
import { occupancyReport } from './service.ts';

serveDatabase({ occupancy: occupancyReport });
