"""Preparation before matching: who completed mentor training or mentee preparation, each call's rule, and the
secretariat's permissions on the records (home/roles.py PREPARATION_PERMISSIONS)."""

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models

from home import roles


def grant(apps, schema_editor):
    roles.grant_model_permissions(apps, roles.PREPARATION_PERMISSIONS)


def revoke(apps, schema_editor):
    roles.revoke_model_permissions(apps, roles.PREPARATION_PERMISSIONS)


class Migration(migrations.Migration):

    dependencies = [
        ('home', '0007_homepage_key_figures'),
        ('programs', '0016_goodpracticeproposal'),
        ('resources', '0002_goodpracticepage_editor_note'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.AddField(
            model_name='matchingsettings',
            name='required_preparation',
            field=models.CharField(choices=[('none', 'No preparation required'), ('mentors', 'Mentors: mentor training'), ('mentees', 'Mentees: mentee preparation'), ('both', 'Mentors and mentees')], default='none', help_text='Mentor training for mentors, mentee preparation for mentees: who lacks it is not proposed and cannot be matched.', max_length=20, verbose_name='preparation required before matching'),
        ),
        migrations.AlterField(
            model_name='accessrecord',
            name='kind',
            field=models.CharField(choices=[('application', 'Application'), ('match', 'Match'), ('attachment', 'Application file'), ('consent', 'Consent document'), ('meeting', 'Meeting'), ('dashboard', 'Dashboard'), ('person', "A person's records"), ('access_log', 'Access log'), ('preparation', 'Preparation record')], max_length=20, verbose_name='record type'),
        ),
        migrations.CreateModel(
            name='PreparationRecord',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('email', models.EmailField(max_length=254, verbose_name='e-mail')),
                ('name', models.CharField(max_length=200, verbose_name='name')),
                ('kind', models.CharField(choices=[('mentor_training', 'Mentor training'), ('mentee_preparation', 'Mentee preparation')], max_length=30, verbose_name='preparation')),
                ('source', models.CharField(choices=[('event', 'Attended a training event'), ('material', 'Completed a training material'), ('other', 'Other (see the note)')], max_length=20, verbose_name='how')),
                ('note', models.CharField(blank=True, help_text='Required when the preparation was completed another way.', max_length=300, verbose_name='note')),
                ('completed_on', models.DateField(verbose_name='completed on')),
                ('created_at', models.DateTimeField(default=django.utils.timezone.now, verbose_name='recorded at')),
                ('anonymised_at', models.DateTimeField(blank=True, editable=False, null=True, verbose_name='anonymised at')),
                ('event', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='home.eventpage', verbose_name='training event')),
                ('material', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='resources.trainingmaterialpage', verbose_name='training material')),
                ('recorded_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='recorded by')),
            ],
            options={
                'verbose_name': 'preparation record',
                'verbose_name_plural': 'preparation records',
                'ordering': ['-completed_on', '-pk'],
                'indexes': [models.Index(fields=['email', 'kind'], name='preparation_email_kind')],
                'constraints': [models.UniqueConstraint(condition=models.Q(('event__isnull', False)), fields=('email', 'kind', 'event'), name='one_preparation_per_event', violation_error_message="This person's completion of this training event is already recorded."), models.UniqueConstraint(condition=models.Q(('material__isnull', False)), fields=('email', 'kind', 'material'), name='one_preparation_per_material', violation_error_message="This person's completion of this training material is already recorded."), models.UniqueConstraint(condition=models.Q(('source', 'other')), fields=('email', 'kind', 'note'), name='one_other_preparation_per_note', violation_error_message='This completion is already recorded with the same note.'), models.CheckConstraint(condition=models.Q(('event__isnull', True), ('source', 'event'), _connector='OR'), name='preparation_event_is_its_source'), models.CheckConstraint(condition=models.Q(('material__isnull', True), ('source', 'material'), _connector='OR'), name='preparation_material_is_its_source')],
            },
        ),
        migrations.RunPython(grant, revoke),
    ]
