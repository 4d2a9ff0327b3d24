import { z } from 'zod';
import {
  AdjustRequest,
  BatchTrace,
  ErrorBody,
  Id,
  InboundRequest,
  Movements,
  OutboundRequest,
  Page,
  RotateRequest,
  ScrapRequest,
  StockQuery,
  StockWarnings,
  SupplyItem,
  SupplyItemCreate,
  SupplyItemListQuery,
  Threshold,
  ThresholdSet,
  Transfer,
  TransferAction,
  TransferCreate,
  Warehouse,
  WarehouseCreate,
  WarehouseListQuery,
  WarehouseStock,
  WarehouseUpdate,
  WarningsQuery,
} from '@shouwang/contracts';
import { signedIn } from '../../foundation/auth/policy.js';
import { actorOf } from '../../foundation/http/request-context.js';
import type { ZodApp } from '../../foundation/http/zod-app.js';
import type { StockService } from './stock.service.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody };
const ById = z.object({ id: Id }).strict();
const read = { policy: signedIn('resource.read') };
const manage = { policy: signedIn('resource.manage') };
const tags = ['resources'];

export function stockRoutes(service: StockService) {
  return (app: ZodApp) => {
    app.get('/api/resources/warehouses', { config: read, schema: { operationId: 'listWarehouses', tags, summary: 'Warehouses in the caller’s region subtree', querystring: WarehouseListQuery, response: { 200: Page(Warehouse), ...errors } } }, async (request) =>
      service.listWarehouses(actorOf(request), request.query),
    );
    app.get('/api/resources/warehouses/:id', { config: read, schema: { operationId: 'getWarehouse', tags, params: ById, response: { 200: Warehouse, ...errors } } }, async (request) =>
      service.getWarehouse(actorOf(request), request.params.id),
    );
    app.post('/api/resources/warehouses', { config: manage, schema: { operationId: 'createWarehouse', tags, body: WarehouseCreate, response: { 201: Warehouse, ...errors } } }, async (request, reply) =>
      reply.code(201).send(await service.createWarehouse(actorOf(request), request.body)),
    );
    app.patch('/api/resources/warehouses/:id', { config: manage, schema: { operationId: 'updateWarehouse', tags, params: ById, body: WarehouseUpdate, response: { 200: Warehouse, ...errors } } }, async (request) =>
      service.updateWarehouse(actorOf(request), request.params.id, request.body),
    );
    app.get('/api/resources/supply-items', { config: read, schema: { operationId: 'listSupplyItems', tags, summary: 'The GB/T 38565 supply catalogue', querystring: SupplyItemListQuery, response: { 200: Page(SupplyItem), ...errors } } }, async (request) =>
      service.listItems(actorOf(request), request.query),
    );
    app.post('/api/resources/supply-items', { config: manage, schema: { operationId: 'createSupplyItem', tags, body: SupplyItemCreate, response: { 201: SupplyItem, ...errors } } }, async (request, reply) =>
      reply.code(201).send(await service.createItem(actorOf(request), request.body)),
    );
    app.get(
      '/api/resources/warehouses/:id/stock',
      { config: read, schema: { operationId: 'getWarehouseStock', tags, summary: 'Stock per item and batch, with expiry and low-stock flags', params: ById, querystring: StockQuery, response: { 200: WarehouseStock, ...errors } } },
      async (request) => service.warehouseStock(actorOf(request), request.params.id, { days: request.query.days, includeEmpty: request.query.includeEmpty === 'true' }),
    );
    app.put(
      '/api/resources/warehouses/:id/thresholds/:itemId',
      { config: manage, schema: { operationId: 'setStockThreshold', tags, params: z.object({ id: Id, itemId: Id }).strict(), body: ThresholdSet, response: { 200: Threshold, ...errors } } },
      async (request) => service.setThreshold(actorOf(request), request.params.id, request.params.itemId, request.body.minQuantity),
    );
    app.post('/api/resources/warehouses/:id/inbound', { config: manage, schema: { operationId: 'stockInbound', tags, summary: '入库', params: ById, body: InboundRequest, response: { 201: Movements, ...errors } } }, async (request, reply) =>
      reply.code(201).send(await service.inbound(actorOf(request), request.params.id, request.body)),
    );
    app.post('/api/resources/warehouses/:id/outbound', { config: manage, schema: { operationId: 'stockOutbound', tags, summary: '出库 (by batch, or by item FEFO)', params: ById, body: OutboundRequest, response: { 201: Movements, ...errors } } }, async (request, reply) =>
      reply.code(201).send(await service.outbound(actorOf(request), request.params.id, request.body)),
    );
    app.post('/api/resources/transfers', { config: manage, schema: { operationId: 'createTransfer', tags, summary: '调拨 (both warehouses must be in the caller’s scope)', body: TransferCreate, response: { 201: Transfer, ...errors } } }, async (request, reply) =>
      reply.code(201).send(await service.createTransfer(actorOf(request), request.body)),
    );
    app.get('/api/resources/transfers/:id', { config: read, schema: { operationId: 'getTransfer', tags, params: ById, response: { 200: Transfer, ...errors } } }, async (request) =>
      service.getTransfer(actorOf(request), request.params.id),
    );
    app.post('/api/resources/transfers/:id/receive', { config: manage, schema: { operationId: 'receiveTransfer', tags, summary: '签收', params: ById, body: TransferAction, response: { 200: Transfer, ...errors } } }, async (request) =>
      service.receiveTransfer(actorOf(request), request.params.id, request.body.reason),
    );
    app.post('/api/resources/transfers/:id/cancel', { config: manage, schema: { operationId: 'cancelTransfer', tags, params: ById, body: TransferAction, response: { 200: Transfer, ...errors } } }, async (request) =>
      service.cancelTransfer(actorOf(request), request.params.id, request.body.reason),
    );
    app.post('/api/resources/batches/:id/rotate', { config: manage, schema: { operationId: 'rotateStock', tags, summary: '轮换', params: ById, body: RotateRequest, response: { 201: Movements, ...errors } } }, async (request, reply) =>
      reply.code(201).send(await service.rotate(actorOf(request), request.params.id, request.body)),
    );
    app.post('/api/resources/batches/:id/scrap', { config: manage, schema: { operationId: 'scrapStock', tags, summary: '报废 (reason required)', params: ById, body: ScrapRequest, response: { 201: Movements, ...errors } } }, async (request, reply) =>
      reply.code(201).send(await service.scrap(actorOf(request), request.params.id, request.body)),
    );
    app.post('/api/resources/batches/:id/adjust', { config: manage, schema: { operationId: 'adjustStock', tags, summary: '盘点', params: ById, body: AdjustRequest, response: { 201: Movements, ...errors } } }, async (request, reply) =>
      reply.code(201).send(await service.adjust(actorOf(request), request.params.id, request.body)),
    );
    app.get('/api/resources/batches/:id/trace', { config: read, schema: { operationId: 'traceStockBatch', tags, summary: 'Every movement of a batch; transferred stock links to the destination batch', params: ById, response: { 200: BatchTrace, ...errors } } }, async (request) =>
      service.trace(actorOf(request), request.params.id),
    );
    app.get('/api/resources/stock/warnings', { config: read, schema: { operationId: 'listStockWarnings', tags, summary: 'Expired, expiring within `days`, and below-threshold stock', querystring: WarningsQuery, response: { 200: StockWarnings, ...errors } } }, async (request) =>
      service.warnings(actorOf(request), request.query),
    );
  };
}
