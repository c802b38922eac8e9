import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import { Type } from 'typebox';
import { tenantAccess } from '#src/plugins/access-control';
import { tenantProblems } from '#src/http/problem-responses';
import { DispatchPerformanceReport, ReportQuery, UtilizationReport } from './reports.schemas';
import * as service from './reports.service';

const tags = ['reports'];
const readers = tenantAccess('admin', 'dispatcher', 'viewer');
const csvOr = <T>(json: T) => ({
  200: {
    description: 'The report as JSON, or as CSV with ?format=csv',
    content: { 'application/json': { schema: json }, 'text/csv': { schema: Type.String() } },
  },
});

export const reportRoutes: FastifyPluginAsyncTypebox = async (app) => {
  /** Reports read from the replica when DATABASE_READ_URL is set: a report may lag a moment. */
  const onReplica = { replica: true };

  const send = (
    reply: FastifyReply,
    format: string | undefined,
    name: string,
    json: object,
    csv: () => string,
  ) => {
    if (format !== 'csv') return reply.type('application/json').send(json);
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${name}.csv"`)
      .send(csv());
  };

  app.get(
    '/utilization',
    {
      config: { access: readers },
      schema: {
        operationId: 'getUtilizationReport',
        summary: 'Utilization per equipment and per type over a period',
        tags,
        querystring: ReportQuery,
        response: { ...csvOr(UtilizationReport), ...tenantProblems() },
      },
    },
    async (request, reply) => {
      const report = await request.read((ctx) => service.utilization(ctx, request.query), onReplica);
      return send(reply, request.query.format, 'utilization', report, () => service.utilizationCsv(report));
    },
  );

  app.get(
    '/dispatch',
    {
      config: { access: readers },
      schema: {
        operationId: 'getDispatchReport',
        summary: 'Time in queue and time to complete (p50/p95) per priority over a period',
        tags,
        querystring: ReportQuery,
        response: { ...csvOr(DispatchPerformanceReport), ...tenantProblems() },
      },
    },
    async (request, reply) => {
      const report = await request.read((ctx) => service.dispatchPerformance(ctx, request.query), onReplica);
      return send(reply, request.query.format, 'dispatch-performance', report, () =>
        service.dispatchPerformanceCsv(report),
      );
    },
  );
};
