import { defineMapLayer, MAP_Z, type MapLayerGroup } from '../../../components/map/layer-registry';
import { RESOURCE_KINDS } from './resource-kinds';
import type { ResourceLayerContext } from './resource-layer-context';
import { mountResourceLayer } from './resource-layer';

export const RESOURCES_LAYER_GROUP: MapLayerGroup = { id: 'resources', title: { zh: '应急资源', en: 'Emergency resources' }, order: 30 };

/** Teams, warehouses, shelters and every other facility kind: one layer each in the facilities band. */
export const resourceMapLayers = RESOURCE_KINDS.map((style, index) =>
  defineMapLayer<ResourceLayerContext>({
    id: style.layerId,
    group: RESOURCES_LAYER_GROUP.id,
    title: style.title,
    description: style.description,
    legendColor: style.color,
    defaultVisible: style.defaultVisible,
    zIndex: MAP_Z.facilities + index * 10,
    isAvailable: (ctx) => ctx.permissions.includes('resource.read'),
    add: (map, ctx, { beforeId }) => mountResourceLayer(map, ctx, style, beforeId),
  }),
);
