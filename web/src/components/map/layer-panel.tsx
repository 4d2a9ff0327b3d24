import { CloseOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Tooltip, Typography } from 'antd';
import type { MapLayerGroupEntry, LocalizedText } from './layer-registry';

export interface LayerPanelProps<TContext> {
  groups: MapLayerGroupEntry<TContext>[];
  visibility: Record<string, boolean>;
  onToggle: (id: string, visible: boolean) => void;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  pick: (text: LocalizedText) => string;
  labels: { title: string; toggle: string };
}

/** Collapsible card listing registry layers by group; knows nothing about what the layers draw. */
export function LayerPanel<TContext>({ groups, visibility, onToggle, open, onOpenChange, pick, labels }: LayerPanelProps<TContext>) {
  if (!open) {
    return (
      <Tooltip title={labels.toggle}>
        <Button
          className="sw-layer-panel-toggle"
          icon={<UnorderedListOutlined />}
          onClick={() => onOpenChange(true)}
          aria-expanded={false}
        >
          {labels.title}
        </Button>
      </Tooltip>
    );
  }
  return (
    <Card
      size="small"
      className="sw-layer-panel"
      title={
        <span>
          <UnorderedListOutlined /> {labels.title}
        </span>
      }
      extra={
        <Button
          type="text"
          size="small"
          icon={<CloseOutlined />}
          aria-label={labels.toggle}
          aria-expanded
          onClick={() => onOpenChange(false)}
        />
      }
    >
      {groups.map(({ group, layers }) => (
        <section key={group.id} className="sw-layer-group" aria-label={pick(group.title)}>
          <Typography.Text type="secondary" className="sw-layer-group-title">
            {pick(group.title)}
          </Typography.Text>
          {layers.map((layer) => (
            <div key={layer.id} className="sw-layer-row">
              <Checkbox
                checked={visibility[layer.id] ?? layer.defaultVisible}
                onChange={(e) => onToggle(layer.id, e.target.checked)}
                data-layer-id={layer.id}
              >
                {layer.legendColor && <span className="sw-layer-swatch" style={{ background: layer.legendColor }} />}
                {pick(layer.title)}
              </Checkbox>
              {layer.description && (
                <Typography.Text type="secondary" className="sw-layer-description">
                  {pick(layer.description)}
                </Typography.Text>
              )}
            </div>
          ))}
        </section>
      ))}
    </Card>
  );
}
