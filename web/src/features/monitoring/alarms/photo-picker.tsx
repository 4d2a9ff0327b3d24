import { PlusOutlined } from '@ant-design/icons';
import { App, Upload, type UploadFile } from 'antd';
import type { Dispatch, SetStateAction } from 'react';
import { useI18n } from '../../../lib/i18n';

export type PhotoType = 'image/jpeg' | 'image/png' | 'image/webp';

/** A photo as the API takes it: the bytes travel as base64 inside the JSON note. */
export interface PickedPhoto {
  uid: string;
  name: string;
  contentType: PhotoType;
  dataBase64: string;
  /** data: URL for the thumbnail. */
  preview: string;
}

const TYPES: readonly string[] = ['image/jpeg', 'image/png', 'image/webp'];
export const MAX_PHOTO_BYTES = 500 * 1024;
export const MAX_PHOTOS = 4;

const isPhotoType = (type: string): type is PhotoType => TYPES.includes(type);

function readAsDataUrl(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

interface PhotoPickerProps {
  value: PickedPhoto[];
  /** A state setter: several files picked at once are read in parallel and each adds itself. */
  onChange: Dispatch<SetStateAction<PickedPhoto[]>>;
}

/**
 * Site photos for a handling note, read in the browser: nothing is uploaded until the note is saved,
 * and a file of the wrong type or over 500 KB is refused here with the reason.
 */
export function PhotoPicker({ value, onChange }: PhotoPickerProps) {
  const { t } = useI18n();
  const { message } = App.useApp();

  const add = async (file: File) => {
    if (!isPhotoType(file.type)) {
      void message.error(t('monitoring.note.photoType', { name: file.name }));
      return;
    }
    if (file.size > MAX_PHOTO_BYTES) {
      void message.error(t('monitoring.note.photoSize', { name: file.name }));
      return;
    }
    const preview = await readAsDataUrl(file);
    const photo: PickedPhoto = { uid: `${file.name}-${file.size}-${file.lastModified}`, name: file.name.slice(0, 100), contentType: file.type, dataBase64: preview.slice(preview.indexOf(',') + 1), preview };
    onChange((current) => [...current.filter((p) => p.uid !== photo.uid), photo].slice(0, MAX_PHOTOS));
  };

  const fileList: UploadFile[] = value.map((p) => ({ uid: p.uid, name: p.name, status: 'done', url: p.preview, thumbUrl: p.preview }));
  return (
    <Upload
      className="sw-mon-photo-picker"
      accept={TYPES.join(',')}
      listType="picture-card"
      multiple
      fileList={fileList}
      beforeUpload={(file) => {
        void add(file);
        return Upload.LIST_IGNORE;
      }}
      onRemove={(file) => onChange((current) => current.filter((p) => p.uid !== file.uid))}
      showUploadList={{ showPreviewIcon: false }}
    >
      {value.length < MAX_PHOTOS && (
        <button type="button" className="sw-mon-photo-add">
          <PlusOutlined />
          <span>{t('monitoring.note.addPhoto')}</span>
        </button>
      )}
    </Upload>
  );
}
